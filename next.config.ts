import type { NextConfig } from "next";
import { PAGE_FRAME_ANCESTORS, embedFrameAncestors } from "./components/embed/frameAncestors";
import { SECURITY_HEADERS, contentSecurityPolicy } from "./components/embed/securityHeaders";

const staticExport = process.env.STATIC_EXPORT === "1";
const tileUrl = process.env.NEXT_PUBLIC_TILE_URL;

/**
 * `STATIC_EXPORT=1 next build` (`npm run export`) writes a static site to out/ for any
 * static host or CDN; a plain `next build` serves the same pages with `next start`. Both
 * build in .next/, so `npm run build` runs the export first, then the server build.
 */
const nextConfig: NextConfig = {
  output: staticExport ? "export" : undefined,
  // A second build side by side (the e2e tests' opt-in tile variant) sets its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  trailingSlash: false,
  // Who may frame what, for `next start` (read at build time). A static host sends the
  // same headers from its own configuration: see deploy/.
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [
            { source: "/:path*", headers: SECURITY_HEADERS },
            {
              source: "/embed",
              headers: [
                {
                  key: "Content-Security-Policy",
                  value: contentSecurityPolicy(embedFrameAncestors(process.env.EMBED_ALLOWED_ORIGINS), tileUrl),
                },
              ],
            },
            {
              source: "/:path((?!embed$).*)",
              headers: [
                { key: "Content-Security-Policy", value: contentSecurityPolicy(PAGE_FRAME_ANCESTORS, tileUrl) },
                { key: "X-Frame-Options", value: "SAMEORIGIN" },
              ],
            },
          ];
        },
      }),
};

export default nextConfig;
