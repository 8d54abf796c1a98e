import fs from "node:fs";
import path from "node:path";
import { scriptHashes } from "./inlineContent";
import type { PageScriptHashes } from "../../components/embed/securityHeaders";

/** A page as a build wrote it: the HTML every reader of its route gets. */
export interface BuiltPage {
  /** The HTML file, relative to the build's folder. */
  file: string;
  /** The route it answers; null for the pages that answer every other URL (404, server error). */
  route: string | null;
  html: string;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

/** The HTML file name next build and next export write for a route: `/` → index, `/embed` → embed. */
export const htmlNameOf = (route: string) => `${route === "/" ? "index" : route.slice(1)}.html`;

/**
 * Next's static 500 page, which it sends when rendering a page fails at request time. Every
 * page here is prerendered, so next start never sends it; it is Next's own (not
 * app/global-error.tsx) and styled inline, so no policy here would suit it anyway.
 */
const SERVER_ERROR_ROUTE = "/_global-error";

/**
 * Every page a `next build` (for next start) serves, from its manifests: each route of the
 * app, and for a route with parameters (`/[lang]`) each page it was prerendered as (`/ar`).
 * Each must be prerendered: a page rendered per request would have inline scripts no
 * build-time hash can know (it would need a nonce), so the build stops there.
 */
export function serverBuildPages(distDir: string): BuiltPage[] {
  const appPaths = readJson(path.join(distDir, "app-path-routes-manifest.json")) as Record<string, string>;
  const prerendered = (readJson(path.join(distDir, "prerender-manifest.json")) as { routes: Record<string, { srcRoute?: string | null }> })
    .routes;
  const pages: BuiltPage[] = [];
  for (const [entry, route] of Object.entries(appPaths)) {
    if (!entry.endsWith("/page") || route === SERVER_ERROR_ROUTE) continue;
    const urls = route.includes("[")
      ? Object.entries(prerendered).flatMap(([url, info]) => (info.srcRoute === route ? [url] : []))
      : [route];
    for (const url of urls) {
      const file = path.join("server", "app", htmlNameOf(url));
      if (!(url in prerendered) || !fs.existsSync(path.join(distDir, file))) {
        throw new Error(
          `${url} is rendered on request, not prerendered: its inline scripts cannot be hashed at build time, and the CSP allows no others`,
        );
      }
      // The 404 page (/_not-found) answers the URLs no page has.
      pages.push({ file, route: url.startsWith("/_") ? null : url, html: fs.readFileSync(path.join(distDir, file), "utf8") });
    }
    if (urls.length === 0) {
      throw new Error(`${route} has parameters but no prerendered page: give it generateStaticParams and dynamicParams = false`);
    }
  }
  return pages;
}

/** Every HTML page of a static export (out/). Its 404.html answers the URLs no page has. */
export function exportPages(outDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(outDir, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (file !== "_next") walk(file);
      } else if (entry.name.endsWith(".html")) {
        const name = file.slice(0, -".html".length).split(path.sep).join("/");
        const route = name === "404" ? null : name === "index" ? "/" : `/${name}`;
        pages.push({ file, route, html: fs.readFileSync(path.join(outDir, file), "utf8") });
      }
    }
  };
  walk("");
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/** The hashes each route's policy allows; the pages without a route share one policy. */
export function pageScriptHashes(pages: readonly BuiltPage[]): PageScriptHashes {
  const routes: Record<string, string[]> = {};
  const other = new Set<string>();
  for (const page of pages) {
    const hashes = scriptHashes(page.html);
    if (page.route === null) for (const hash of hashes) other.add(hash);
    else routes[page.route] = hashes;
  }
  return { routes, other: [...other] };
}
