/**
 * The Arabic edition's typeface, cut to what it sets. Noto Sans Arabic's variable face
 * (@fontsource-variable, SIL OFL) is 80 KB with weights from 100 to 900; the story uses a few
 * dozen letters in weights 400 to 700, so it is subset (with HarfBuzz, via subset-font) to the
 * Arabic characters of every text the site sets in it (see BASE), and its weight axis to 400–700
 * (18 KB; two static cuts at 400 and 700 were 20.3 KB in two requests). The build writes the
 * cut (scripts/build.ts, before next build) into public/fonts/, where app/globals.css names it
 * (its @font-face), the Arabic pages preload it, and html[lang="ar"] in globals.css uses the
 * face, so no other edition downloads it.
 */
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { ARABIC_FONT, ARABIC_FONT_PATH, ARABIC_RANGE } from "../../content/editionFont";

/** Where the build writes the cut, as app/globals.css names it: served as /fonts/…, preloaded by the Arabic pages. */
const OUTPUT = path.join("public", ARABIC_FONT_PATH);

/** subset-font 2.9 takes `keepFeatures` and `dropTables` (hb-subset's); @types/subset-font 2.3 predates them. */
type SubsetOptions = NonNullable<Parameters<typeof subsetFont>[2]> & { keepFeatures?: readonly string[]; dropTables?: readonly string[] };
const subset = subsetFont as (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;

/**
 * Always in the cut, whatever the texts say: what numbers are written with (the Arabic-Indic
 * digits, decimal and thousands separators, percent sign; the figures are formatted at build
 * time and in the browser), punctuation, and the joiners and direction marks. Letters come
 * from the texts alone, which include the month names the edition's dates are written with.
 */
const BASE = [
  "\u060C\u061B\u061F\u0640", // ، ؛ ؟ and tatweel
  ...range(0x0660, 0x066c), // Arabic-Indic digits, percent sign, decimal and thousands separators
  "\u200C\u200D\u200E\u200F",
].join("");

/**
 * The OpenType features a browser applies to Arabic text unless a style asks for others: the
 * letters' joined forms, ligatures, marks' placement, kerning. The font's other features
 * (tabular and proportional figures) would keep glyphs no style here uses.
 */
const DEFAULT_FEATURES = ["rvrn", "ccmp", "locl", "isol", "init", "medi", "fina", "rlig", "calt", "liga", "clig", "rclt", "mset", "curs", "kern", "dist", "mark", "mkmk", "stch"];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** The characters to keep: the base set and every Arabic character in the texts, each once, sorted. */
export function arabicCharacters(texts: readonly string[]): string {
  const found = new Set<string>([...BASE]);
  for (const text of texts) for (const char of text) if (ARABIC_RANGE.test(char)) found.add(char);
  return [...found].sort().join("");
}

/** Writes the cut; returns the file written, with its size. */
export async function writeArabicFont(texts: readonly string[]): Promise<{ file: string; bytes: number }[]> {
  const [min, max] = ARABIC_FONT.weights;
  const cut = await subset(fs.readFileSync(ARABIC_FONT.variable), arabicCharacters(texts), {
    targetFormat: "woff2",
    variationAxes: { wght: { min, max } },
    keepFeatures: DEFAULT_FEATURES,
    // The style attributes table names the face's styles for systems' font menus; browsers do not read it.
    dropTables: ["STAT"],
  });
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  // Unchanged bytes are not rewritten, so a dev server does not rebuild for nothing.
  if (!fs.existsSync(OUTPUT) || !fs.readFileSync(OUTPUT).equals(cut)) fs.writeFileSync(OUTPUT, cut);
  return [{ file: OUTPUT, bytes: cut.length }];
}
