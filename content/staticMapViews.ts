import type { ReservedArea, StaticViewSpec, TextMeasure } from "@/geo/staticLabels";
import { wrapText } from "@/geo/labelLayout";

/**
 * The labels that claim room on the static map first: the launch area, and the Green Zone,
 * which stands for the target (the residence's position was never published). The others
 * follow, the story's places in the order story.json lists their labels (placeLabels), then
 * the basemap's other names. Where room runs out, the later labels give way.
 */
export const STATIC_LABELS_FIRST = ["drone_launch_area", "green-zone-label"];

/**
 * The static map's views, one per range of widths at which app/globals.css gives the map a
 * different size (the narrow layout's map strip is 45svh high; the wide layout's map, beside
 * a 38 % text column, is 100dvh high). Each is laid out for the narrowest width of its
 * range, and the CSS shows the one for the reader's width. `reserved` mirrors what the CSS
 * puts over the map there: the caption (`.static-map__caption`, at the bottom where the text
 * starts) and the locator inset (`.locator-inset`, at the bottom where it ends; the larger of
 * its two sizes where both occur). The caption's height depends on its words: see
 * staticMapViewsFor.
 */
/** The locator inset over a map 600 px wide or more (tablets, wide windows, print). */
const WIDE_INSET: ReservedArea = { corner: "bottom-right", x: 10, y: 40, width: 120, height: 124 };
/** The caption there: up to 24rem wide (with its padding). */
const WIDE_CAPTION: ReservedArea = { corner: "bottom-left", x: 8, y: 8, width: 384, height: 0 };

export const STATIC_MAP_VIEWS: readonly StaticViewSpec[] = [
  {
    // Phones, 360–599 px: a map about as high as it is wide (390 × 380 at 390 × 844).
    name: "phone",
    nominalWidthPx: 360,
    aspect: 1.26,
    paddingPx: 12,
    maxZoomOut: 1.4,
    // The caption stops short of the inset (5.75rem from the map's other edge).
    reserved: [
      { corner: "bottom-left", x: 8, y: 8, width: 260, height: 0 },
      { corner: "bottom-right", x: 10, y: 40, width: 72, height: 72 },
    ],
  },
  {
    // Tablets and narrow windows, 600–899 px: a strip (768 × 461 at 768 × 1024).
    name: "tablet",
    nominalWidthPx: 600,
    aspect: 1.8,
    paddingPx: 16,
    maxZoomOut: 1.4,
    reserved: [WIDE_CAPTION, WIDE_INSET],
  },
  {
    // Wide windows, 900–1279 px, and print: 62 % of the width (558 px at 900), the
    // window's height. Printed on A4 or Letter, the map is about 680–700 px wide.
    name: "wide",
    nominalWidthPx: 558,
    aspect: 1.3,
    paddingPx: 16,
    maxZoomOut: 1.4,
    reserved: [WIDE_CAPTION, WIDE_INSET],
  },
  {
    // Desktops, 1280 px and up (794 px at 1280): the wide view there would set the labels
    // at 18 px and more, far larger than the interactive map's that replace them.
    name: "desktop",
    nominalWidthPx: 793,
    aspect: 1.3,
    paddingPx: 16,
    maxZoomOut: 1.4,
    reserved: [WIDE_CAPTION, WIDE_INSET],
  },
];

/** The caption's type (`font: 0.75rem/1.35`), its padding (0.25rem 0.5rem), and a pixel or two of slack per line. */
const CAPTION = { fontPx: 12, lineHeightPx: 16.2, paddingXPx: 8, paddingYPx: 4, slackPx: 1 };

/** How tall the caption is, set in `widthPx` (with its padding) in a font `measure` measures. */
export function captionHeight(caption: string, widthPx: number, measure: TextMeasure): number {
  const { lines } = wrapText(caption, widthPx - 2 * CAPTION.paddingXPx, (s) => measure(s, CAPTION.fontPx));
  return Math.ceil(lines.length * (CAPTION.lineHeightPx + CAPTION.slackPx) + 2 * CAPTION.paddingYPx);
}

/**
 * The views for one edition: the caption as tall as the edition's words make it (the first of
 * each view's reserved areas), and, on a right-to-left page, the furniture mirrored (the
 * caption starts at the bottom right, the inset sits at the bottom left).
 */
export function staticMapViewsFor(dir: "ltr" | "rtl", caption: string, measure: TextMeasure): StaticViewSpec[] {
  const mirrored = (corner: ReservedArea["corner"]) => (dir === "ltr" ? corner : corner === "bottom-left" ? "bottom-right" : "bottom-left");
  return STATIC_MAP_VIEWS.map((spec) => ({
    ...spec,
    reserved: spec.reserved.map((box, i) => ({
      ...box,
      corner: mirrored(box.corner),
      height: i === 0 ? captionHeight(caption, box.width, measure) : box.height,
    })),
  }));
}
