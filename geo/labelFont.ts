/**
 * Label widths without font metrics: at build time there is no browser, and the page uses the
 * reader's system sans, whichever that is. The widths below are the widest advance of each
 * character among the bold sans fonts `system-ui` may fall back to (DejaVu Sans Bold and
 * Liberation Sans Bold, which is Arial's metrics), so an estimate is at least as wide as the
 * text in most fonts; the static map then sets each line's width to exactly the estimate
 * (SVG `textLength` with `lengthAdjust="spacing"`), so its boxes are the rendered boxes.
 * Regenerate with `npx tsx scripts/label-font-widths.ts`.
 */
const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…é";
/** Advance widths in thousandths of an em, in the order of CHARS. */
const WIDTHS = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 557, 775, 638, 996, 837, 851,
  733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 557, 500, 675, 716, 593, 716, 679, 436, 716,
  712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838, 557,
  1000, 380, 380, 658, 658, 1000, 679,
];

const WIDTH_OF = new Map([...CHARS].map((char, i) => [char, WIDTHS[i]!]));
/** A character not in the table counts as the widest one. */
const WIDEST = Math.max(...WIDTHS);

/** A conservative width, in px, of `text` set in a bold sans of `fontPx`; rounded up to 0.1 px. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let thousandths = 0;
  for (const char of text) thousandths += WIDTH_OF.get(char) ?? WIDEST;
  return Math.ceil((thousandths * fontPx) / 100) / 10;
}

/**
 * The ways to set a label: on one line, or broken at a space into two lines whose longer
 * line is as short as can be. The first is the one to prefer: one line when it fits
 * `maxWidth`, two otherwise. Never more than two lines, so a long name stays readable.
 */
export function labelLineOptions(text: string, maxWidth: number, measure: (s: string) => number): string[][] {
  const oneLine = [text.trim().replace(/\s+/g, " ")];
  const words = oneLine[0]!.split(" ");
  if (words.length < 2) return [oneLine];
  let best: string[] = [];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map(measure));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return measure(oneLine[0]!) <= maxWidth ? [oneLine, best] : [best, oneLine];
}
