import { boxInside, boxesOverlap, labelBox, sidesToTry, type LabelSide, type PixelBox } from "./labelLayout";
import { estimateTextWidth, labelLineOptions } from "./labelFont";

/** A point in the static map's units (its SVG user space): x to the right, y down. */
export type MapPoint = readonly [number, number];

/**
 * A label to place on the static map, in priority order. A place's name hangs off one side
 * of the place: off its dot, or off the edge of its uncertainty disc (`anchors`, one per
 * side, on the disc's edge). An area's name (the river, the Green Zone) is centred on a point
 * inside it.
 */
export type StaticLabelRequest =
  | {
      kind: "place";
      id: string;
      text: string;
      preferred: LabelSide;
      at: MapPoint;
      /** The disc's radius in map units; 0 for a place drawn as a dot. */
      radius: number;
      anchors: Record<LabelSide, MapPoint>;
      /** A label the map is not drawn without, where any frame can keep it. */
      required?: boolean;
    }
  | {
      kind: "area";
      id: string;
      text: string;
      /** Points inside the area (or on the river) the name may be centred on, best first. */
      positions: readonly MapPoint[];
      variant?: string;
      required?: boolean;
    };

/** A text's width in CSS px when set at `fontPx`. */
export type TextMeasure = (text: string, fontPx: number) => number;

/** Sizes in CSS px as the reader sees them, at the narrowest width a view is shown at. */
export interface StaticLabelStyle {
  /**
   * How wide a label is set: by default an estimate wide enough for the sans fonts a reader may
   * have (geo/labelFont.ts); an edition whose face the site serves measures in that face.
   */
  measure: TextMeasure;
  fontPx: number;
  lineHeightPx: number;
  /** A label wider than this on one line is set on two. */
  maxWidthPx: number;
  /** Between a label and the edge of the disc (or dot) it names. */
  edgeGapPx: number;
  /** The dot of a place known precisely. */
  dotRadiusPx: number;
  /** Between two labels. */
  spacingPx: number;
  /** Between a label and the edge of the view or the page's furniture over the map. */
  marginPx: number;
}

/** As the interactive map's labels: `--map-label-font: 600 13px`, 16 px lines, 176 px wide. */
export const STATIC_LABEL_STYLE: StaticLabelStyle = {
  measure: estimateTextWidth,
  fontPx: 13,
  lineHeightPx: 16,
  maxWidthPx: 176,
  edgeGapPx: 4,
  dotRadiusPx: 4,
  spacingPx: 4,
  marginPx: 6,
};

/** Where the baseline sits below the middle of its line, in ems: the glyphs' middle on the line's. */
const BASELINE_BELOW_MIDDLE_EM = 0.35;

/** The part of the map a view shows, and how big a CSS pixel is there. */
export interface StaticLabelFrame {
  /** The view box, in map units. */
  view: PixelBox;
  /** Map units per CSS px at the narrowest width the view is shown at. */
  unitsPerPx: number;
  /** What the page puts over the map there (its caption, the locator inset), in map units. */
  reserved: readonly PixelBox[];
}

export interface PlacedLine {
  text: string;
  /** The start of the line's text and its baseline, in map units. */
  x: number;
  y: number;
  /** The line's width in map units: its `textLength`. */
  width: number;
}

export interface PlacedStaticLabel {
  id: string;
  side: StaticLabelSide;
  /** The label's box in map units: every line's text lies inside it. */
  box: PixelBox;
  lines: PlacedLine[];
  variant?: string;
}

/** Where a label sits: on a side of its place, off one of its corners, or centred on an area's point. */
export type StaticLabelSide = LabelSide | "top-right" | "top-left" | "bottom-right" | "bottom-left" | "center";

const DIAGONALS = ["top-right", "top-left", "bottom-right", "bottom-left"] as const;
/** Positions tried along a side, each way from the middle. */
const SLIDE_STEPS = 4;

interface Candidate {
  side: StaticLabelSide;
  box: PixelBox;
  lines: string[];
  widths: number[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** True when a box and a disc share any point. */
export function boxTouchesDisc(box: PixelBox, [cx, cy]: MapPoint, r: number): boolean {
  const dx = Math.max(box.left - cx, 0, cx - box.right);
  const dy = Math.max(box.top - cy, 0, cy - box.bottom);
  return dx * dx + dy * dy < r * r;
}

const grow = (box: PixelBox, by: number): PixelBox => ({
  left: box.left - by,
  right: box.right + by,
  top: box.top - by,
  bottom: box.bottom + by,
});

const shift = (box: PixelBox, dx: number, dy: number): PixelBox => ({
  left: box.left + dx,
  right: box.right + dx,
  top: box.top + dy,
  bottom: box.bottom + dy,
});

/**
 * The positions to try for one label, best first. A place's label: each side (its preferred
 * side first), on one line or two, centred on the anchor, then slid along the side so that
 * the anchor is near one end of the label, which still touches it; then off its corners.
 * An area's name: centred on each of its positions in turn.
 */
function candidates(request: StaticLabelRequest, k: number, style: StaticLabelStyle): Candidate[] {
  const measure = (s: string) => style.measure(s, style.fontPx) * k;
  const shapes = labelLineOptions(request.text, style.maxWidthPx * k, measure).map((lines) => {
    const widths = lines.map(measure);
    return { lines, widths, width: Math.max(...widths), height: lines.length * style.lineHeightPx * k };
  });
  const lineHeight = style.lineHeightPx * k;
  const out: Candidate[] = [];
  if (request.kind === "area") {
    for (const [x, y] of request.positions) {
      for (const { lines, widths, width, height } of shapes) {
        const box = { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
        out.push({ side: "center", box, lines, widths });
      }
    }
    return out;
  }
  const gap = (request.radius > 0 ? style.edgeGapPx : style.dotRadiusPx + style.edgeGapPx) * k;
  const inset = 2 * style.edgeGapPx * k;
  for (const side of sidesToTry(request.preferred)) {
    const [ax, ay] = request.anchors[side];
    for (const { lines, widths, width, height } of shapes) {
      const box = labelBox(ax, ay, side, width, height, gap);
      const across = side === "top" || side === "bottom";
      // How far the label may slide along the side and still have the anchor beside its text.
      const along = across ? Math.max(0, width / 2 - inset) : Math.max(lineHeight / 4, (height - lineHeight) / 2);
      for (const slide of slides(along, SLIDE_STEPS)) {
        out.push({ side, box: across ? shift(box, slide, 0) : shift(box, 0, slide), lines, widths });
      }
    }
  }
  // Then off a corner: the label's nearest corner as far from the disc's edge (or the dot) as a side's.
  const [cx, cy] = request.at;
  const reach = (request.radius + gap) / Math.SQRT2;
  for (const side of DIAGONALS) {
    const [sx, sy] = [side.endsWith("right") ? 1 : -1, side.startsWith("bottom") ? 1 : -1];
    const [x, y] = [cx + sx * reach, cy + sy * reach];
    for (const { lines, widths, width, height } of shapes) {
      const box = {
        left: sx > 0 ? x : x - width,
        right: sx > 0 ? x + width : x,
        top: sy > 0 ? y : y - height,
        bottom: sy > 0 ? y + height : y,
      };
      out.push({ side, box, lines, widths });
    }
  }
  return out;
}

/** Offsets from 0 out to ±`most` in `steps` steps each way, nearest first. */
function slides(most: number, steps: number): number[] {
  const out = [0];
  for (let i = 1; i <= steps; i++) out.push((most * i) / steps, (-most * i) / steps);
  return out;
}

/** Each line's start and baseline: flush towards the place on its left or right, centred above, below or on it. */
function setLines(candidate: Candidate, k: number, style: StaticLabelStyle): PlacedLine[] {
  const { side, box, lines, widths } = candidate;
  const lineHeight = style.lineHeightPx * k;
  return lines.map((text, i) => {
    const width = widths[i]!;
    const x = side.endsWith("right") ? box.left : side.endsWith("left") ? box.right - width : (box.left + box.right - width) / 2;
    const y = box.top + (i + 0.5) * lineHeight + BASELINE_BELOW_MIDDLE_EM * style.fontPx * k;
    return { text, x: round1(x), y: round1(y), width: round1(width) };
  });
}

/**
 * Places the static map's labels for one view, in priority order: each takes the first of
 * its positions that lies inside the view (clear of its edges), clear of the page's
 * furniture over the map, of every label already placed, of every other place's disc centre,
 * and further from every other place's dot than from its own place; a position that also
 * keeps off other places' discs is preferred (and required of an area's name). A label with no such position gives way: it is dropped, never drawn
 * over another.
 */
export function placeStaticLabels(
  requests: readonly StaticLabelRequest[],
  frame: StaticLabelFrame,
  style: StaticLabelStyle = STATIC_LABEL_STYLE,
): { placed: PlacedStaticLabel[]; dropped: string[] } {
  const k = frame.unitsPerPx;
  const { view } = frame;
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  const margin = style.marginPx * k;
  const places = requests.flatMap((r) => (r.kind === "place" ? [r] : []));
  // What says where each place is: a dot, which another place's label keeps further from
  // than its own label does, so that no label reads as the name of the wrong dot; or the
  // centre of a disc.
  const ownDotDistance = style.dotRadiusPx + style.edgeGapPx;
  const marks = places.map(({ id, at, radius }) => ({
    id,
    at,
    keepOut: (radius > 0 ? 2 : 2 * ownDotDistance) * k,
  }));
  const placed: PlacedStaticLabel[] = [];
  const dropped: string[] = [];

  const fits = (box: PixelBox, id: string) =>
    boxInside(shift(box, -view.left, -view.top), width, height, { top: margin, right: margin, bottom: margin, left: margin }) &&
    !frame.reserved.some((r) => boxesOverlap(r, box, margin)) &&
    !placed.some((p) => boxesOverlap(p.box, box, style.spacingPx * k)) &&
    !marks.some((m) => m.id !== id && boxTouchesDisc(box, m.at, m.keepOut));

  for (const request of requests) {
    const clearOfDiscs = (box: PixelBox) =>
      places.every((p) => p.id === request.id || p.radius === 0 || !boxTouchesDisc(box, p.at, p.radius + style.spacingPx * k));
    const options = candidates(request, k, style).filter((c) => fits(c.box, request.id));
    // A place's label may have to cross a neighbour's disc; an area's name never does, or
    // it would read as that place's name.
    const choice = options.find((c) => clearOfDiscs(c.box)) ?? (request.kind === "place" ? options[0] : undefined);
    if (!choice) {
      dropped.push(request.id);
      continue;
    }
    placed.push({
      id: request.id,
      side: choice.side,
      box: choice.box,
      lines: setLines(choice, k, style),
      ...(request.kind === "area" && request.variant ? { variant: request.variant } : {}),
    });
  }
  return { placed, dropped };
}

/** A box of the page's furniture over the map, in CSS px from one of the map's bottom corners. */
export interface ReservedArea {
  corner: "bottom-left" | "bottom-right";
  /** From the corner to the box's nearest edges. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One static view: the map as it is shown at a range of widths. */
export interface StaticViewSpec {
  name: string;
  /** The narrowest the map is shown at in this range, in CSS px. */
  nominalWidthPx: number;
  /**
   * The widest shape (width ÷ height) the map takes in this range. The view box has this
   * shape; drawn with `meet` into a taller map it keeps its width, so its text is never
   * smaller than at the nominal width.
   */
  aspect: number;
  /** What covers the map at the nominal width: its caption, the locator inset. */
  reserved: readonly ReservedArea[];
  /** Between the places and the edge of the view, in CSS px. */
  paddingPx: number;
  /** How much smaller than the largest map that fits the places the map may be drawn, to make room for labels. */
  maxZoomOut: number;
}

/** The reserved areas in map units, for a view box of `view` drawn `spec.nominalWidthPx` wide. */
export function reservedBoxes(spec: StaticViewSpec, view: PixelBox, unitsPerPx: number): PixelBox[] {
  return spec.reserved.map(({ corner, x, y, width, height }) => {
    const bottom = view.bottom - y * unitsPerPx;
    const top = bottom - height * unitsPerPx;
    const [left, right] =
      corner === "bottom-left"
        ? [view.left + x * unitsPerPx, view.left + (x + width) * unitsPerPx]
        : [view.right - (x + width) * unitsPerPx, view.right - x * unitsPerPx];
    return { left, right, top, bottom };
  });
}

/** A disc (or a dot, of radius 0) the view must show, clear of the reserved areas. */
export interface StaticMark {
  at: MapPoint;
  radius: number;
}

/**
 * The view boxes worth trying for one range of widths: every place inside, `paddingPx` from
 * the edges and clear of the reserved areas; from the largest map that allows to one
 * `spec.maxZoomOut` times smaller, with the places anywhere from one side of the spare room
 * to the other. Which is best depends on the labels: see staticMapView.
 */
export function candidateFrames(
  marks: readonly StaticMark[],
  spec: StaticViewSpec,
  style: StaticLabelStyle = STATIC_LABEL_STYLE,
): StaticLabelFrame[] {
  if (marks.length === 0) throw new RangeError(`static view "${spec.name}": nothing to frame`);
  const dotRadius = (m: StaticMark, k: number) => (m.radius > 0 ? m.radius : style.dotRadiusPx * k);
  const extent = (k: number) => ({
    left: Math.min(...marks.map((m) => m.at[0] - dotRadius(m, k))),
    right: Math.max(...marks.map((m) => m.at[0] + dotRadius(m, k))),
    top: Math.min(...marks.map((m) => m.at[1] - dotRadius(m, k))),
    bottom: Math.max(...marks.map((m) => m.at[1] + dotRadius(m, k))),
  });
  const { nominalWidthPx: w, aspect, paddingPx: pad } = spec;
  const h = w / aspect;
  // The smallest width at which the places, with their padding, fit across and down.
  const first = extent(0);
  const smallest = Math.max(
    (first.right - first.left) / (1 - (2 * pad) / w),
    (first.bottom - first.top) / (1 / aspect - (2 * pad) / w),
  );
  const frames: StaticLabelFrame[] = [];
  const steps = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1];
  for (let viewWidth = smallest; viewWidth <= smallest * spec.maxZoomOut; viewWidth *= 1.04) {
    const k = viewWidth / w;
    const e = extent(k);
    const [viewHeight, padding] = [h * k, pad * k];
    const spareX = viewWidth - (e.right - e.left) - 2 * padding;
    const spareY = viewHeight - (e.bottom - e.top) - 2 * padding;
    if (spareX < 0 || spareY < 0) continue;
    for (const tx of steps) {
      for (const ty of steps) {
        const left = round1(e.left - padding - spareX * tx);
        const top = round1(e.top - padding - spareY * ty);
        const view = { left, top, right: round1(left + viewWidth), bottom: round1(top + viewHeight) };
        // From the rounded box, which is what the page draws.
        const unitsPerPx = (view.right - view.left) / w;
        const reserved = reservedBoxes(spec, view, unitsPerPx);
        const clear = (m: StaticMark) =>
          reserved.every((r) => !boxTouchesDisc(grow(r, padding), m.at, dotRadius(m, unitsPerPx)));
        if (marks.every(clear)) frames.push({ view, unitsPerPx, reserved });
      }
    }
  }
  if (frames.length === 0) throw new RangeError(`static view "${spec.name}": the places cannot be framed clear of the map's furniture`);
  return frames;
}

/** A view as the page draws it: its view box, its type size in map units, and its labels. */
export interface StaticMapView {
  name: string;
  /** x, y, width, height in map units. */
  viewBox: [number, number, number, number];
  /** The label type size, its halo and the places' dots, in map units. */
  fontSize: number;
  haloWidth: number;
  dotRadius: number;
  dotHaloWidth: number;
  labels: PlacedStaticLabel[];
  /** The labels that found no room, in priority order. */
  dropped: string[];
}

/**
 * Frames one view and places its labels: of the candidate frames, the one that keeps the most
 * required labels, then where the most labels find room; between equals, the one that keeps the more important labels, then the
 * largest map, then the one with the places nearest the middle.
 */
export function staticMapView(
  requests: readonly StaticLabelRequest[],
  spec: StaticViewSpec,
  style: StaticLabelStyle = STATIC_LABEL_STYLE,
): StaticMapView {
  const marks = requests.flatMap((r) => (r.kind === "place" ? [{ at: r.at, radius: r.radius }] : []));
  const ranked = candidateFrames(marks, spec, style).map((frame, index) => {
    const result = placeStaticLabels(requests, frame, style);
    const kept = requests.map((r) => (result.dropped.includes(r.id) ? 0 : 1));
    return { frame, result, kept, index };
  });
  const better = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => {
    const keptRequired = (x: typeof a) => requests.reduce((sum, r, i) => sum + (r.required ? x.kept[i]! : 0), 0);
    if (keptRequired(a) !== keptRequired(b)) return keptRequired(b) - keptRequired(a);
    const count = (x: typeof a) => x.kept.reduce<number>((sum, n) => sum + n, 0);
    if (count(a) !== count(b)) return count(b) - count(a);
    const first = a.kept.findIndex((n, i) => n !== b.kept[i]);
    if (first >= 0) return b.kept[first]! - a.kept[first]!;
    return a.frame.unitsPerPx - b.frame.unitsPerPx || a.index - b.index;
  };
  const { frame, result } = ranked.sort(better)[0]!;
  const { view, unitsPerPx: k } = frame;
  return {
    name: spec.name,
    viewBox: [view.left, view.top, round1(view.right - view.left), round1(view.bottom - view.top)],
    // Rounded up: the text must not come out smaller than fontPx.
    fontSize: Math.ceil(style.fontPx * k * 100) / 100,
    haloWidth: round1(3 * k),
    dotRadius: round1(style.dotRadiusPx * k),
    dotHaloWidth: round1(2 * k),
    labels: result.placed,
    dropped: result.dropped,
  };
}
