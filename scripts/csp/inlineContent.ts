import { createHash } from "node:crypto";

/**
 * What a Content-Security-Policy has to say about a page's HTML: the inline scripts it runs
 * (allowed one by one by their hashes), and what no hash can allow without also allowing
 * far more — inline event handler attributes — or what the policy allows only wholesale:
 * inline styles. Reads the HTML React and Next.js write (quoted attributes, `<` escaped in
 * text and attribute values), not arbitrary HTML.
 */

const SCRIPT_ELEMENT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ELEMENT = /<style\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/style\s*>/gi;
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** An element's attributes by lower-cased name (an attribute without a value is ""). */
export function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? "");
  }
  return attributes;
}

/**
 * A `<script type>` the browser never runs is a data block (JSON, JSON-LD), which CSP does
 * not govern. Everything else — no type, a JavaScript type, `module`, `importmap`,
 * `speculationrules` — needs the policy's permission.
 */
function isDataBlock(type: string | undefined): boolean {
  return type !== undefined && /json$/i.test(type.trim());
}

/** The text of every inline script the browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributeSource, text] of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = attributesOf(attributeSource!);
    if (attributes.has("src") || isDataBlock(attributes.get("type"))) continue;
    scripts.push(text!);
  }
  return scripts;
}

/** The HTML with its script and style elements' contents taken out, leaving only markup. */
function markupOnly(html: string): string {
  return html.replace(SCRIPT_ELEMENT, "<script$1></script>").replace(STYLE_ELEMENT, "<style$1></style>");
}

/** `onclick="…"` and the like: each would need 'unsafe-hashes', so a page must have none. */
export function inlineEventHandlers(html: string): string[] {
  const handlers: string[] = [];
  for (const [, tag, attributeSource] of markupOnly(html).matchAll(START_TAG)) {
    for (const [name] of attributesOf(attributeSource!)) if (/^on/.test(name)) handlers.push(`<${tag!.toLowerCase()} ${name}>`);
  }
  return handlers;
}

/** `<style>` elements and `style="…"` attributes, which style-src without 'unsafe-inline' blocks. */
export function inlineStyles(html: string): string[] {
  const styles: string[] = [];
  for (const [, , text] of html.matchAll(STYLE_ELEMENT)) styles.push(`<style>${text!.slice(0, 60)}`);
  for (const [, tag, attributeSource] of markupOnly(html).matchAll(START_TAG)) {
    const style = attributesOf(attributeSource!).get("style");
    if (style !== undefined) styles.push(`<${tag!.toLowerCase()} style="${style.slice(0, 60)}">`);
  }
  return styles;
}

/**
 * The CSP source that allows exactly this inline script: `'sha256-…'` of its text as the
 * browser sees it, after the HTML parser has turned CR LF and lone CR into LF.
 */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalized, "utf8").digest("base64")}'`;
}

/** The distinct hashes of a page's inline scripts, in first-seen order. */
export function scriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}
