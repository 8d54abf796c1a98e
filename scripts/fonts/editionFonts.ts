import { editionLangs, loadBasemap, loadEdition, loadGeo } from "../../content/load";
import { writeArabicFont } from "./arabicFont";

/**
 * Before a build (and `next dev`): the faces editions set their text in, cut to that text.
 * Today one: the Arabic edition's. Its cut covers every word the site may set in Arabic: the
 * editions' words, the places' and the basemap's Arabic names.
 */
export async function writeEditionFonts(): Promise<void> {
  const texts = [
    ...editionLangs().map((lang) => JSON.stringify(loadEdition(lang))),
    JSON.stringify(loadGeo().places),
    JSON.stringify(loadBasemap()),
  ];
  for (const { file, bytes } of await writeArabicFont(texts)) console.log(`font: ${file} (${(bytes / 1024).toFixed(1)} KB)`);
}
