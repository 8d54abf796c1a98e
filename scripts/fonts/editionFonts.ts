import { editionLangs, loadBasemap, loadEdition, loadGeo } from "../../content/load";
import { writeArabicFont } from "./arabicFont";

/**
 * Before a build (and `next dev`): the faces editions set their text in, cut to that text.
 * Today one: the Arabic edition's. Its cut covers every word the site may set in Arabic: the
 * editions' words, the places' and the basemap's Arabic names, and the month names the
 * editions' dates are written with (Intl writes those, not the story files).
 */
export async function writeEditionFonts(): Promise<void> {
  const texts = [
    ...editionLangs().map((lang) => JSON.stringify(loadEdition(lang))),
    ...editionLangs().map((lang) => monthNames(loadEdition(lang).edition.locale)),
    JSON.stringify(loadGeo().places),
    JSON.stringify(loadBasemap()),
  ];
  for (const { file, bytes } of await writeArabicFont(texts)) console.log(`font: ${file} (${(bytes / 1024).toFixed(1)} KB)`);
}

/** The twelve months as a locale writes them in dates (components/story/dates.ts). */
export function monthNames(locale: string): string {
  const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2021, m, 15))).join(" ");
}
