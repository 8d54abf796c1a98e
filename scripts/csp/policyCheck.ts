import type { Header } from "../../components/embed/securityHeaders";
import type { BuiltPage } from "./builtPages";
import { inlineEventHandlers, inlineScripts, inlineStyles, scriptHash } from "./inlineContent";

/** A policy's directives: name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Whether a source list lets any inline content run: 'unsafe-inline', and then only when no
 * hash or nonce is listed (browsers ignore 'unsafe-inline' next to them).
 */
function allowsAnyInline(sources: readonly string[]): boolean {
  return sources.includes("'unsafe-inline'") && !sources.some((source) => /^'(sha(256|384|512)|nonce)-/.test(source));
}

/** Everything in a page's HTML that a browser would block under this policy. */
export function blockedInline(html: string, policy: string): string[] {
  const directives = parsePolicy(policy);
  const scriptSources = directives.get("script-src") ?? directives.get("default-src") ?? [];
  const styleSources = directives.get("style-src") ?? directives.get("default-src") ?? [];
  const problems: string[] = [];
  if (!allowsAnyInline(scriptSources)) {
    for (const script of inlineScripts(html)) {
      const hash = scriptHash(script);
      if (!scriptSources.includes(hash)) problems.push(`inline script ${hash} is not in script-src: ${JSON.stringify(script.slice(0, 80))}…`);
    }
    for (const handler of inlineEventHandlers(html)) problems.push(`inline event handler ${handler} (script-src allows none)`);
  }
  if (!allowsAnyInline(styleSources)) {
    for (const style of inlineStyles(html)) problems.push(`inline style ${style} (style-src allows none)`);
  }
  return problems;
}

/**
 * What is wrong with a page served at a URL with these headers: not exactly one
 * Content-Security-Policy (two would both be enforced), or inline content it blocks.
 */
export function servedPageProblems(page: BuiltPage, url: string, headers: readonly Header[]): string[] {
  const where = `${url} (${page.file})`;
  const policies = headers.filter((header) => header.key.toLowerCase() === "content-security-policy").map((header) => header.value);
  if (policies.length !== 1) return [`${where}: ${policies.length} Content-Security-Policy headers, not one`];
  return blockedInline(page.html, policies[0]!).map((problem) => `${where}: ${problem}`);
}

/** next start's header rules, as `next build` wrote them into routes-manifest.json. */
export interface ManifestHeaderRule {
  regex: string;
  headers: Header[];
  has?: unknown[];
  missing?: unknown[];
}

/** The headers next start sends for a path, from the build's routes manifest. */
export function manifestHeadersFor(rules: readonly ManifestHeaderRule[], pathname: string): Header[] {
  return rules.flatMap((rule) => {
    if (rule.has?.length || rule.missing?.length) throw new Error("header rules with has/missing conditions are not checked");
    return new RegExp(rule.regex).test(pathname) ? rule.headers : [];
  });
}
