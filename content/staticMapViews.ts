import type { StaticViewSpec } from "@/geo/staticLabels";

/**
 * The labels that claim room on the static map first: the launch area, and the Green Zone,
 * which stands for the target (the residence's position was never published). The others
 * follow, the story's places in the order story.json lists their labels (placeLabels), then
 * the basemap's other names. Where room runs out, the later labels give way.
 */
export const STATIC_LABELS_FIRST = ["drone_launch_area", "green-zone-label"];

/**
 * The static map's views, one per range of widths at which app/globals.css gives the map a
 * different size (the narrow layout's map strip is 45svh high; the wide layout's map, right
 * of a 38 % text column, is 100dvh high). Each is laid out for the narrowest width of its
 * range, and the CSS shows the one for the reader's width. `reserved` mirrors what the CSS
 * puts over the map there: the caption (`.static-map__caption`, bottom left) and the locator
 * inset (`.locator-inset`, bottom right; the larger of its two sizes where both occur).
 */
/** The caption and the locator inset over a map 600 px wide or more (tablets, wide windows, print). */
const WIDE_FURNITURE: StaticViewSpec["reserved"] = [
  { corner: "bottom-left", x: 8, y: 8, width: 384, height: 58 },
  { corner: "bottom-right", x: 10, y: 40, width: 120, height: 124 },
];

export const STATIC_MAP_VIEWS: readonly StaticViewSpec[] = [
  {
    // Phones, 360–599 px: a map about as high as it is wide (390 × 380 at 390 × 844).
    name: "phone",
    nominalWidthPx: 360,
    aspect: 1.26,
    paddingPx: 12,
    maxZoomOut: 1.4,
    reserved: [
      // Stopping short of the inset: three lines of 12 px type at 360 px in DejaVu Sans, one
      // of the widest fonts a reader may have.
      { corner: "bottom-left", x: 8, y: 8, width: 264, height: 60 },
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
    reserved: WIDE_FURNITURE,
  },
  {
    // Wide windows, 900–1279 px, and print: 62 % of the width (558 px at 900), the
    // window's height. Printed on A4 or Letter, the map is about 680–700 px wide.
    name: "wide",
    nominalWidthPx: 558,
    aspect: 1.3,
    paddingPx: 16,
    maxZoomOut: 1.4,
    reserved: WIDE_FURNITURE,
  },
  {
    // Desktops, 1280 px and up (794 px at 1280): the wide view there would set the labels
    // at 18 px and more, far larger than the interactive map's that replace them.
    name: "desktop",
    nominalWidthPx: 793,
    aspect: 1.3,
    paddingPx: 16,
    maxZoomOut: 1.4,
    reserved: WIDE_FURNITURE,
  },
];
