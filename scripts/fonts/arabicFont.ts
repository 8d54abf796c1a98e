/**
 * The Arabic edition's typeface, cut to what it sets. Noto Sans Arabic (@fontsource, SIL OFL)
 * is ~50 KB a weight; the story uses a few dozen letters, so each weight is subset (with
 * HarfBuzz, via subset-font) to the Arabic characters of every text the site sets in it, plus
 * the whole basic alphabet, so that an edit to the words rarely needs a glyph the cut lacks.
 * The build writes the cut (scripts/build.ts, before next build) into public/fonts/, where
 * app/globals.css names it (its @font-face), the Arabic pages preload the files, and
 * html[lang="ar"] in globals.css uses the face, so no other edition downloads it.
 */
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { ARABIC_FONT, ARABIC_RANGE, arabicFontPath } from "../../content/editionFont";

/** Where the build writes each weight's cut, as app/globals.css names it: served as /fonts/…, preloaded by the Arabic pages. */
const output = (weight: number) => path.join("public", arabicFontPath(weight));

/** The basic alphabet, Arabic-Indic digits and punctuation: always in the cut. */
const BASE = [
  "\u060C\u061B\u061F\u0640", // ، ؛ ؟ and tatweel
  ...range(0x0621, 0x064a), // hamza to yeh
  ...range(0x064b, 0x0652), // the vowel marks
  ...range(0x0660, 0x066c), // Arabic-Indic digits, decimal and thousands separators
  "\u200C\u200D\u200E\u200F",
].join("");

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** The characters to keep: the base set and every Arabic character in the texts, each once, sorted. */
export function arabicCharacters(texts: readonly string[]): string {
  const found = new Set<string>([...BASE]);
  for (const text of texts) for (const char of text) if (ARABIC_RANGE.test(char)) found.add(char);
  return [...found].sort().join("");
}

/** Writes each weight's cut; returns the files written, with their sizes. */
export async function writeArabicFont(texts: readonly string[]): Promise<{ file: string; bytes: number }[]> {
  const characters = arabicCharacters(texts);
  const written: { file: string; bytes: number }[] = [];
  for (const weight of ARABIC_FONT.weights) {
    const cut = await subsetFont(fs.readFileSync(ARABIC_FONT.source(weight)), characters, { targetFormat: "woff2" });
    const file = output(weight);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Unchanged bytes are not rewritten, so a dev server does not rebuild for nothing.
    if (!fs.existsSync(file) || !fs.readFileSync(file).equals(cut)) fs.writeFileSync(file, cut);
    written.push({ file, bytes: cut.length });
  }
  return written;
}
