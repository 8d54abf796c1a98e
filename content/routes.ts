/**
 * Where each edition lives. Client and server code alike (no Node, no zod): the switcher,
 * the embed dialog and the metadata all build their URLs here.
 *
 * The reference edition is at the site's root (`/`, `/embed`); every other at its language
 * (`/ar`, `/ar/embed`). Chapter ids are the same in every edition, so a hash carries over.
 */
export const REFERENCE_EDITION = "en";

export function storyPath(lang: string): string {
  return lang === REFERENCE_EDITION ? "/" : `/${lang}`;
}

export function embedPath(lang: string): string {
  return lang === REFERENCE_EDITION ? "/embed" : `/${lang}/embed`;
}

/** Each edition's oEmbed answer, a static file beside its story page: /oembed.json, /ar/oembed.json. */
export function oembedPath(lang: string): string {
  return lang === REFERENCE_EDITION ? "/oembed.json" : `/${lang}/oembed.json`;
}
