/**
 * Label widths without font metrics: at build time there is no browser, and the page uses the
 * reader's system sans, whichever that is. The widths below are the widest advance of each
 * character among the bold sans fonts `system-ui` may fall back to (DejaVu Sans Bold and
 * Liberation Sans Bold, which is Arial's metrics), so an estimate is at least as wide as the
 * text in most fonts; the static map then sets each line's width to exactly the estimate
 * (SVG `textLength` with `lengthAdjust="spacing"`), so its boxes are the rendered boxes.
 * Regenerate with `npx tsx scripts/label-font-widths.ts`.
 * Widths above 0x7E other than those listed (Arabic, say) count as the widest character.
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

/** The same for the regular weight (the static map's caption). */
const REGULAR_WIDTHS = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637, 637,
  637, 637, 337, 337, 838, 838, 838, 557, 1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788,
  667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 557, 500, 613, 635, 550, 635, 616, 353, 635,
  634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838, 557,
  1000, 318, 318, 519, 519, 1000, 616,
];

function widthTable(widths: readonly number[]) {
  const of = new Map([...CHARS].map((char, i) => [char, widths[i]!]));
  /** A character not in the table counts as the widest one. */
  const widest = Math.max(...widths);
  return (text: string, fontPx: number) => {
    let thousandths = 0;
    for (const char of text) thousandths += of.get(char) ?? widest;
    return Math.ceil((thousandths * fontPx) / 100) / 10;
  };
}

/** A conservative width, in px, of `text` set in a bold sans of `fontPx`; rounded up to 0.1 px. */
export const estimateTextWidth = widthTable(WIDTHS);
/** The same in the regular weight. */
export const estimateRegularTextWidth = widthTable(REGULAR_WIDTHS);

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
