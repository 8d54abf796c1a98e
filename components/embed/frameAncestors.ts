/**
 * Who may frame the embed: any site by default, or only the origins listed (space
 * separated) in EMBED_ALLOWED_ORIGINS, e.g. "https://news.example.com https://*.example.org".
 * A malformed entry fails the build rather than silently opening or closing the embed.
 */
export function embedFrameAncestors(allowed: string | undefined): string {
  const origins = (allowed ?? "").split(/\s+/).filter(Boolean);
  if (origins.length === 0) return "*";
  for (const origin of origins) {
    if (origin !== "'self'" && !/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(origin)) {
      throw new Error(`EMBED_ALLOWED_ORIGINS: "${origin}" is not an origin like https://news.example.com`);
    }
  }
  return origins.join(" ");
}

/** The story page itself is not for framing by other sites: embeds use /embed. */
export const PAGE_FRAME_ANCESTORS = "'self'";
