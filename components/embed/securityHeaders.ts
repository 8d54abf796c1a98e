import { PAGE_FRAME_ANCESTORS, embedFrameAncestors } from "./frameAncestors";

/**
 * The Content-Security-Policy every page sends, and the other security headers.
 *
 * Scripts come only from the app itself. Next.js writes inline scripts into every page it
 * prerenders (its bootstrap and the React payload, `self.__next_f.push(…)`), and the embed
 * adds its boot script; all pages are static, so there is no per-request nonce: each page's
 * policy lists the sha256 hashes of exactly the inline scripts in its built HTML, and
 * nothing else inline runs. The build computes them (scripts/build.ts) and fails if a page
 * has an inline script its policy does not allow. Styles too come only from the app's CSS
 * files: no page has a `<style>` element or a `style` attribute (the build checks that as
 * well), and what the scripts change at run time goes through the CSSOM, which CSP allows.
 * Images and connections: self, plus the opt-in tile host for images.
 *
 * `next dev` gets 'unsafe-inline' (and React's development build needs 'unsafe-eval'):
 * its pages are rendered per request and Next injects styles.
 */

/** Which inline scripts a policy allows: a built page's, by hash; or, for `next dev`, any. */
export type InlineScripts = { readonly hashes: readonly string[] } | "development";

export interface PolicyOptions {
  frameAncestors: string;
  /** NEXT_PUBLIC_TILE_URL, when the build opts in to online tiles. */
  tileUrl: string | undefined;
  scripts: InlineScripts;
}

export function contentSecurityPolicy({ frameAncestors, tileUrl, scripts }: PolicyOptions): string {
  const tileOrigin = tileOrigins(tileUrl);
  const development = scripts === "development";
  return [
    "default-src 'self'",
    development ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : ["script-src 'self'", ...scripts.hashes].join(" "),
    development ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** The origin(s) a tile URL template loads from; `{s}` subdomains become a wildcard. */
export function tileOrigins(tileUrl: string | undefined): string | null {
  if (!tileUrl) return null;
  const match = /^(https?):\/\/([^/]+)/.exec(tileUrl);
  if (!match) return null;
  return `${match[1]}://${match[2]!.replace("{s}", "*")}`;
}

export interface Header {
  key: string;
  value: string;
}

/** What every response carries, whatever its policy. */
export const SECURITY_HEADERS: readonly Header[] = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];

/**
 * The browser features a page may use: none of the camera, microphone, geolocation, payment or
 * USB; full screen for itself (explore mode). Like a content security policy it governs
 * documents only, so pages carry it and the site's other files do not.
 */
export const PERMISSIONS_POLICY: Header = {
  key: "Permissions-Policy",
  value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)",
};

/** The reference edition's embed: the route other sites frame (each edition has one: /ar/embed). */
export const EMBED_ROUTE = "/embed";

/** The routes other sites frame, one per edition; every other page may be framed only by the site itself. */
export function isEmbedRoute(route: string | null): boolean {
  return route !== null && (route === EMBED_ROUTE || /^\/[a-z]{2,3}\/embed$/.test(route));
}

/**
 * The inline-script hashes of a build's pages: by route (`/`, `/embed`), and `other` for
 * every other URL, which gets the 404 page (or, on a server error, the error page).
 */
export interface PageScriptHashes {
  routes: Record<string, string[]>;
  other: string[];
}

/** A CSP source for one inline script: `'sha256-` and the base64 of 32 bytes. */
export const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * Reads the hashes next.config.ts gets from the build script (CSP_SCRIPT_HASHES), refusing
 * anything but hash sources: the value goes straight into a header.
 */
export function parsePageScriptHashes(json: string): PageScriptHashes {
  const value = JSON.parse(json) as unknown;
  const isHashes = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((hash) => typeof hash === "string" && HASH_SOURCE.test(hash));
  const { routes, other } = (value ?? {}) as Partial<PageScriptHashes>;
  if (!routes || typeof routes !== "object" || !Object.values(routes).every(isHashes) || !isHashes(other)) {
    throw new Error(`CSP_SCRIPT_HASHES is not { routes: { "/route": ["'sha256-…'"] }, other: [...] }: ${json.slice(0, 200)}`);
  }
  return { routes, other };
}

export interface SiteOptions {
  /** frame-ancestors for the embed (EMBED_ALLOWED_ORIGINS). */
  embedFrameAncestors: string;
  tileUrl: string | undefined;
}

/** The build's settings the headers depend on (read at build time). */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
  return { embedFrameAncestors: embedFrameAncestors(env.EMBED_ALLOWED_ORIGINS), tileUrl: env.NEXT_PUBLIC_TILE_URL };
}

/** A page's own headers: its CSP, what features it may use, and for pages that are not the embed, no framing by others. */
export function pageHeaders(route: string | null, scripts: InlineScripts, site: SiteOptions): Header[] {
  const embed = isEmbedRoute(route);
  const policy = contentSecurityPolicy({
    frameAncestors: embed ? site.embedFrameAncestors : PAGE_FRAME_ANCESTORS,
    tileUrl: site.tileUrl,
    scripts,
  });
  return [
    { key: "Content-Security-Policy", value: policy },
    PERMISSIONS_POLICY,
    ...(embed ? [] : [{ key: "X-Frame-Options", value: "SAMEORIGIN" }]),
  ];
}

/**
 * Where the site's files that are not documents live: the built scripts and styles, the fonts,
 * the basemap (folders, ending in "/"), and the site's icon (a file of ours, with no script). Policies only govern a document, so they get SECURITY_HEADERS alone (as the
 * static export's hosts send them): a page's policies on each of them would be a kilobyte of
 * headers per request for nothing.
 */
export const ASSET_PREFIXES = ["_next/static/", "fonts/", "data/", "icon.svg"] as const;

/**
 * A path-to-regexp parameter pattern for every path except the given routes and the files
 * under ASSET_PREFIXES: what the 404 page answers. The rules stay disjoint, so no response
 * gets two policies (which browsers would both enforce).
 */
export function otherPathsPattern(routes: readonly string[], assets: readonly string[] = ASSET_PREFIXES): string {
  const names = routes.map((route) => {
    if (!/^\/[A-Za-z0-9._/-]*$/.test(route)) throw new Error(`unexpected route "${route}"`);
    return route.slice(1).replace(/\./g, "\\.");
  });
  const nonEmpty = names.filter(Boolean);
  // Next matches a route with or without a trailing slash.
  const pages = nonEmpty.length ? [`(?:${nonEmpty.join("|")})/?$`] : [];
  const prefixes = assets.map((prefix) => {
    if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/.test(prefix)) throw new Error(`unexpected asset prefix "${prefix}"`);
    const escaped = prefix.replace(/\./g, "\\.");
    // A folder covers what is in it; a file, itself alone.
    return prefix.endsWith("/") ? escaped : `${escaped}$`;
  });
  const excluded = [...pages, ...prefixes];
  const except = excluded.length ? `(?!${excluded.join("|")})` : "";
  // Without "/" among the routes, the empty path is one of the others.
  return `${except}${names.includes("") ? ".+" : ".*"}`;
}

export interface HeaderRule {
  source: string;
  headers: Header[];
}

/**
 * The rules for next.config.ts `headers()`: every response gets SECURITY_HEADERS; each
 * built page its own policy; every other path but the assets' the 404 page's. `next dev` builds no pages
 * ahead, so it passes the routes it will serve (`{ development: ["/", "/embed", "/ar", …] }`).
 */
export function serverHeaderRules(pages: PageScriptHashes | { development: readonly string[] }, site: SiteOptions): HeaderRule[] {
  const routes: [string, InlineScripts][] =
    "development" in pages
      ? pages.development.map((route) => [route, "development"])
      : Object.entries(pages.routes).map(([route, hashes]) => [route, { hashes }]);
  const other: InlineScripts = "development" in pages ? "development" : { hashes: pages.other };
  return [
    { source: "/:path*", headers: [...SECURITY_HEADERS] },
    ...routes.map(([route, scripts]) => ({ source: route, headers: pageHeaders(route, scripts, site) })),
    { source: `/:path(${otherPathsPattern(routes.map(([route]) => route))})`, headers: pageHeaders(null, other, site) },
  ];
}
