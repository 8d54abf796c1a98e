import type { NextConfig } from "next";
import { PAGE_FRAME_ANCESTORS, embedFrameAncestors } from "./components/embed/frameAncestors";

const staticExport = process.env.STATIC_EXPORT === "1";

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
            {
              source: "/embed",
              headers: [{ key: "Content-Security-Policy", value: `frame-ancestors ${embedFrameAncestors(process.env.EMBED_ALLOWED_ORIGINS)}` }],
            },
            {
              source: "/:path((?!embed$).*)",
              headers: [
                { key: "Content-Security-Policy", value: `frame-ancestors ${PAGE_FRAME_ANCESTORS}` },
                { key: "X-Frame-Options", value: "SAMEORIGIN" },
              ],
            },
          ];
        },
      }),
};

export default nextConfig;
