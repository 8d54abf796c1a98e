/**
 * The site's public origin, for what must be absolute: the oEmbed response and its
 * discovery link. Set NEXT_PUBLIC_SITE_URL when building for a real host.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteUrl(value: string | undefined): string {
  if (!value) return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`NEXT_PUBLIC_SITE_URL must be an absolute http(s) URL such as https://maps.example.org, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`NEXT_PUBLIC_SITE_URL must use http or https, not "${value}"`);
  }
  return url.origin;
}

export const SITE_URL = siteUrl(process.env.NEXT_PUBLIC_SITE_URL);
