import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { embedPath, storyPath } from "./content/routes";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { parsePageScriptHashes, serverHeaderRules, siteOptions, type PageScriptHashes } from "./components/embed/securityHeaders";

const staticExport = process.env.STATIC_EXPORT === "1";

/** The pages `next dev` serves: every edition's story and embed (content/editions/<lang>.json). */
function developmentRoutes(): string[] {
  const langs = fs
    .readdirSync(path.join(process.cwd(), "content", "editions"))
    .flatMap((name) => (name.endsWith(".json") ? [name.slice(0, -".json".length)] : []));
  return langs.flatMap((lang) => [storyPath(lang), embedPath(lang)]);
}

/**
 * The inline-script hashes of this build's pages, for their CSP. `npm run build`
 * (scripts/build.ts) builds twice with the same build id: the first time to learn the
 * hashes (CSP_SCRIPT_HASHES=collect), the second with them; then it checks that the
 * pages did not change and that each page's policy allows every inline script it has.
 */
function builtScriptHashes(): PageScriptHashes {
  const value = process.env.CSP_SCRIPT_HASHES;
  if (value === "collect") return { routes: {}, other: [] };
  if (!value) {
    throw new Error(
      "The Content-Security-Policy needs the hashes of this build's inline scripts: build with `npm run build` (scripts/build.ts), not `next build` alone",
    );
  }
  return parsePageScriptHashes(value);
}

/**
 * `STATIC_EXPORT=1 next build` (`npm run export`) writes a static site to out/ for any
 * static host or CDN; a plain `next build` serves the same pages with `next start`. Both
 * build in .next/, so `npm run build` runs the export first, then the server build.
 */
export default function nextConfig(phase: string): NextConfig {
  return {
    output: staticExport ? "export" : undefined,
    // A second build side by side (the e2e tests' opt-in tile variant) sets its own folder.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    // Set by scripts/build.ts, so that its two builds write the same pages; otherwise random.
    generateBuildId: async () => process.env.NEXT_BUILD_ID || null,
    reactStrictMode: true,
    // The editions have root layouts of their own (app/(reference), app/[lang]), so the page for
    // URLs no route has is a whole document of its own: app/global-not-found.tsx.
    experimental: { globalNotFound: true },
    poweredByHeader: false,
    trailingSlash: false,
    // The security headers for `next start` (read at build time into the routes manifest).
    // A static host sends the same from the files `npm run export` writes: see deploy/.
    ...(staticExport
      ? {}
      : {
          async headers() {
            return serverHeaderRules(phase === PHASE_DEVELOPMENT_SERVER ? { development: developmentRoutes() } : builtScriptHashes(), siteOptions(process.env));
          },
        }),
  };
}
