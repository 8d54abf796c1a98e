import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { estimateRegularTextWidth, estimateTextWidth } from "@/geo/labelFont";

/**
 * The face the Arabic edition sets its text in (Noto Sans Arabic, SIL OFL 1.1, from
 * @fontsource), which the site serves itself (scripts/fonts/arabicFont.ts cuts it), and how
 * wide it sets a label: at build time the static map measures Arabic labels in that very face.
 *
 * The site serves one variable-weight file (body text 400, map labels 500–600, headings 700):
 * one request instead of a file a weight, and 2.5 KB less than two static cuts. fontkit cannot
 * read a variable WOFF2's outlines, so labels are measured in the static instances of the same
 * design at 400 and 700, which @fontsource also packages.
 */
export const ARABIC_FONT = {
  family: "Noto Sans Arabic",
  /** The weights the served file spans (its wght axis is cut to this range). */
  weights: [400, 700] as const,
  /** The variable face in its package (its Arabic subset): what the site serves, cut. */
  variable: path.join("node_modules", "@fontsource-variable", "noto-sans-arabic", "files", "noto-sans-arabic-arabic-wght-normal.woff2"),
  /** A static instance of the face, one a weight (its Arabic subset): what labels are measured in. */
  instance: (weight: 400 | 700) => path.join("node_modules", "@fontsource", "noto-sans-arabic", "files", `noto-sans-arabic-arabic-${weight}-normal.woff2`),
};

/**
 * The face an edition's text is set in when the site must serve it (a script the reader's
 * system may lack), or null for editions set in the reader's own fonts. One place decides:
 * the pages preload it, the static map measures its labels in it.
 */
export function editionFace(lang: string): typeof ARABIC_FONT | null {
  return lang === "ar" ? ARABIC_FONT : null;
}

/** Where the site serves the face, cut to its text (scripts/fonts/arabicFont.ts writes it). */
export const ARABIC_FONT_PATH = "/fonts/noto-sans-arabic.woff2";

/** What the face covers (its @font-face unicode-range in app/globals.css); other characters come from the reader's sans. */
export const ARABIC_RANGE = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C-\u200F\u2066-\u2069]/u;

const faces = new Map<number, fontkit.Font>();

function face(weight: 400 | 700): fontkit.Font {
  let font = faces.get(weight);
  if (!font) faces.set(weight, (font = fontkit.create(fs.readFileSync(path.join(process.cwd(), ARABIC_FONT.instance(weight)))) as fontkit.Font));
  return font;
}

const ARABIC_RUNS = new RegExp(`(${ARABIC_RANGE.source}+)|(${ARABIC_RANGE.source.replace("[", "[^")}+)`, "gu");

/**
 * A text's width in px in one weight of the face: each run of Arabic shaped and measured in
 * it (its joined forms and ligatures, as the browser sets them), the rest (spaces, Latin,
 * brackets) as the reader's sans would set it (geo/labelFont.ts), since the face's range
 * leaves them to it.
 */
function arabicTextWidth(text: string, fontPx: number, weight: 400 | 700): number {
  const font = face(weight);
  const other = weight === 700 ? estimateTextWidth : estimateRegularTextWidth;
  let width = 0;
  for (const [, arabic, rest] of text.matchAll(ARABIC_RUNS)) {
    if (arabic) width += (font.layout(arabic).advanceWidth / font.unitsPerEm) * fontPx;
    else if (rest) width += other(rest, fontPx);
  }
  return Math.ceil(width * 10) / 10;
}

/**
 * A map label (weight 600), measured at 700: the widest it could be set, so the box the layout
 * keeps clear for it always holds it (600 is a few per cent narrower, centred in the box).
 */
export const arabicLabelWidth = (text: string, fontPx: number) => arabicTextWidth(text, fontPx, 700);
/** Regular text (the static map's caption). */
export const arabicRegularWidth = (text: string, fontPx: number) => arabicTextWidth(text, fontPx, 400);
