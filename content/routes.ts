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

/** The edition a story or embed path belongs to (the reference edition for any other path). */
export function editionOfPath(pathname: string, langs: readonly string[]): string {
  const first = pathname.split("/")[1] ?? "";
  return langs.includes(first) ? first : REFERENCE_EDITION;
}
