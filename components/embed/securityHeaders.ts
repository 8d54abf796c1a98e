/**
 * The Content-Security-Policy every page sends (with its own frame-ancestors), and the other
 * security headers. Scripts and connections come only from the app itself; images also from
 * the opt-in tile host. Next.js writes small inline scripts into its static pages and this
 * app is served as static files, so script-src still needs 'unsafe-inline' (nonces need a
 * server rendering each request; hashes are not yet generated: see the README).
 */
export function contentSecurityPolicy(frameAncestors: string, tileUrl: string | undefined): string {
  const tileOrigin = tileOrigins(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
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

export const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)" },
];
