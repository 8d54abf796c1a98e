import type { NextConfig } from "next";

/**
 * `STATIC_EXPORT=1 next build` writes a static site to out/ for any static host or CDN;
 * a plain `next build` serves the same pages with `next start`.
 */
const nextConfig: NextConfig = {
  output: process.env.STATIC_EXPORT === "1" ? "export" : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  trailingSlash: false,
};

export default nextConfig;
