import {
  SECURITY_HEADERS,
  pageHeaders,
  type Header,
  type PageScriptHashes,
  type SiteOptions,
} from "../../components/embed/securityHeaders";
import { htmlNameOf } from "./builtPages";
import { editionLangs } from "../../content/load";
import { embedPath, oembedPath, storyPath } from "../../content/routes";

/**
 * Header configurations for hosts that serve the static export (out/): a `_headers` file
 * (Netlify, Cloudflare Pages) and an nginx server block. `npm run export` writes them with
 * that build's script hashes; deploy/ holds the same files with placeholders, as examples.
 */

/** Caching, the same on every host. */
const CACHING: readonly { path: string; why: string; headers: Header[] }[] = [
  {
    path: "/_next/static/*",
    why: "Hashed file names: they never change, so browsers and CDNs keep them for a year.",
    headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
  },
  {
    path: "/embed.js",
    why: "Not hashed (newsrooms link to it by name): short, so fixes reach every embedding page.",
    headers: [{ key: "Cache-Control", value: "public, max-age=300" }],
  },
  ...editionLangs().map((lang) => ({
    path: oembedPath(lang),
    why: "Read by CMSs on other sites.",
    headers: [
      { key: "Cache-Control", value: "public, max-age=3600" },
      { key: "Access-Control-Allow-Origin", value: "*" },
    ],
  })),
  {
    path: "/fonts/*",
    why: "The Arabic edition's face, cut to the story's text at each build under the same name: a day.",
    headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
  },
  {
    path: "/data/*",
    why: "The basemap: an hour, then revalidated in the background.",
    headers: [{ key: "Cache-Control", value: "public, max-age=3600, stale-while-revalidate=86400" }],
  },
];

/** The exported page that answers URLs no page has. */
const NOT_FOUND_FILE = "404.html";

/** The URLs that serve a route's HTML file on a static host with clean URLs. */
export function exportUrls(route: string | null): string[] {
  if (route === null) return ["/404", `/${NOT_FOUND_FILE}`];
  return route === "/" ? ["/", "/index.html"] : [route, `/${htmlNameOf(route)}`];
}

/** Each exported page's route (null: the 404 page) and the inline scripts its policy allows. */
function exportedPolicies(hashes: PageScriptHashes): [string | null, { hashes: string[] }][] {
  return [...Object.entries(hashes.routes).map(([route, list]) => [route, { hashes: list }] as [string, { hashes: string[] }]), [null, { hashes: hashes.other }]];
}

const HEADERS_FILE_INTRO = `# Response headers for the static export on Netlify or Cloudflare Pages.
#
# Every page's Content-Security-Policy allows, besides the site's own files, only the
# inline scripts of that page in this build, by their sha256 hashes. They change with
# every build, so this file is written by \`npm run export\` into out/_headers, next to
# the pages it describes: publish out/ as it is. (deploy/netlify/_headers is the same
# file with placeholders instead of hashes.) The e2e suite serves out/ with it.
#
# The story pages may be framed only by themselves, the embeds (/embed, /ar/embed…) by any site, or by the
# origins in EMBED_ALLOWED_ORIGINS when exporting. With NEXT_PUBLIC_TILE_URL set, img-src
# also names the tile host.
#
# No two rules set the same header: Cloudflare joins the values of rules that both match
# (two policies would both be enforced), Netlify keeps one. That is also why the 404 page
# sent for a URL that has no page carries only the headers of /*: no rule can match every
# missing URL without also matching the pages.
`;

/** A Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(hashes: PageScriptHashes, site: SiteOptions): string {
  const rule = (path: string, headers: readonly Header[]) => [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  const rules = [
    rule("/*", SECURITY_HEADERS),
    ...exportedPolicies(hashes).flatMap(([route, scripts]) => exportUrls(route).map((url) => rule(url, pageHeaders(route, scripts, site)))),
    ...CACHING.map(({ path, why, headers }) => `# ${why}\n${rule(path, headers)}`),
  ];
  return `${HEADERS_FILE_INTRO}\n${rules.join("\n\n")}\n`;
}

/** The files in deploy/: what `npm run export` writes, with placeholders for the hashes. */
export const DEPLOY_EXAMPLES = { headersFile: "deploy/netlify/_headers", nginxConf: "deploy/nginx/baghdad-story.conf" } as const;
const PLACEHOLDER = ["'sha256-…'"];
export const EXAMPLE_HASHES: PageScriptHashes = {
  routes: {
    ...Object.fromEntries(editionLangs().flatMap((lang) => [[storyPath(lang), PLACEHOLDER], [embedPath(lang), PLACEHOLDER]])),
    "/_not-found": PLACEHOLDER,
  },
  other: PLACEHOLDER,
};

/** A `_headers` rule: a path pattern and its headers. */
export interface HeadersFileRule {
  pattern: RegExp;
  headers: Header[];
}

/** Reads a `_headers` file: `*` matches anything, `:name` one path segment. */
export function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/:[A-Za-z]\w*/g, "[^/]+");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const current = rules.at(-1);
      if (!match || !current) throw new Error(`_headers: cannot read "${line}"`);
      current.headers.push({ key: match[1]!.trim(), value: match[2]!.trim() });
    }
  }
  return rules;
}

/** Every header of every rule that matches the path, in file order. */
export function headersFileHeadersFor(rules: readonly HeadersFileRule[], pathname: string): Header[] {
  return rules.flatMap((rule) => (rule.pattern.test(pathname) ? rule.headers : []));
}

const NGINX_INTRO = `# nginx server block for the static export (out/). Adjust server_name and root.
#
# Every page's Content-Security-Policy allows, besides the site's own files, only the
# inline scripts of that page in this build, by their sha256 hashes. They change with
# every build, so \`npm run export\` writes this file into deploy/build/nginx.conf for the
# out/ it built: deploy the two together. (deploy/nginx/baghdad-story.conf is the same
# file with placeholders instead of hashes.)
#
# The story pages may be framed only by themselves, the embeds (/embed, /ar/embed…) by any site, or by the
# origins in EMBED_ALLOWED_ORIGINS when exporting.
#
# nginx drops inherited add_header lines in a block that has its own: each location
# repeats what it needs. \`always\` sends them with error responses too (the 404 page).
`;

/** An nginx server block serving out/ with each page's headers, the 404 page's included. */
export function nginxConf(hashes: PageScriptHashes, site: SiteOptions): string {
  const quote = (value: string) => {
    if (/["\\$]/.test(value)) throw new Error(`nginx.conf: cannot quote ${value}`);
    return `"${value}"`;
  };
  // Security headers go with every response; caching never with an error.
  const addHeaders = (headers: readonly Header[], always = true) =>
    headers.map(({ key, value }) => `        add_header ${key} ${quote(value)}${always ? " always" : ""};`);
  const location = (match: string, lines: readonly string[]) => [`    location ${match} {`, ...lines, "    }"].join("\n");
  const pages = exportedPolicies(hashes).flatMap(([route, scripts]) => {
    const headers = addHeaders([...pageHeaders(route, scripts, site), ...SECURITY_HEADERS]);
    const file = route === null ? NOT_FOUND_FILE : htmlNameOf(route);
    return exportUrls(route).map((url) =>
      location(`= ${url}`, [...(url.endsWith(".html") ? [] : [`        try_files /${file} =404;`]), ...headers]),
    );
  });
  const caching = CACHING.map(
    ({ path, why, headers }) =>
      `    # ${why}\n${location(path.endsWith("/*") ? path.slice(0, -1) : `= ${path}`, [...addHeaders(headers, false), ...addHeaders([{ key: "X-Content-Type-Options", value: "nosniff" }])])}`,
  );
  return `${NGINX_INTRO}
server {
    listen 80;
    server_name story.example.org;
    root /srv/baghdad-story/out;

    # A URL that has no file gets the 404 page, with the 404 page's headers (its location below).
    error_page 404 /404.html;

    # Files that are not pages (the basemap data, the icon), with the 404 page's policy.
${location("/", ["        try_files $uri $uri.html $uri/index.html =404;", ...addHeaders([...pageHeaders(null, { hashes: hashes.other }, site), ...SECURITY_HEADERS])])}

    # The pages, each with its own policy.
${pages.join("\n")}

${caching.join("\n")}

    # The Netlify/Cloudflare header file in out/ is not for readers.
${location("= /_headers", ["        return 404;"])}
}
`;
}
