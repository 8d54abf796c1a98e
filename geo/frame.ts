import type { BBox, LngLat, MapView } from "./types";
import { boundsZoom, limitCenter, project, snapZoom, unproject, type PixelPoint, type Size, type ZoomRules } from "./mercator";
import { boxInside, boxesOverlap, labelBox, shiftToFitAll, type LabelSide, type Margins, type PixelBox } from "./labelLayout";

/** Where a label may go: one of the four sides of its anchor, or centred on it (names of areas). */
export type LabelPlacement = LabelSide | "center";

/**
 * A label to place, in priority order. A `required` label names something the chapter is
 * about: the view may move and zoom out to fit it. Others (a river's or an area's name) take
 * what room is left and never move the view.
 */
export interface FrameLabel {
  id: string;
  /** The placements to try, best first. */
  sides: readonly LabelPlacement[];
  /** The point the label hangs from on each side it may take. */
  anchors: Partial<Record<LabelPlacement, LngLat>>;
  /** The rendered text's size, in pixels. */
  width: number;
  height: number;
  /** Pixels between the anchor and the text. */
  gap: number;
  required: boolean;
}

/** Something drawn on the map that labels must not cover: a place's dot, the drone on its path. */
export interface FrameMarker {
  at: LngLat;
  /** Half the marker's width, in pixels. */
  radius: number;
  /** The label that names it, which may touch it. */
  labelId?: string;
}

export interface FrameInput {
  view: MapView;
  size: Size;
  rules: ZoomRules;
  /** The map may not show beyond these (its maxBounds). */
  limits?: BBox;
  /** Room kept around a framed view's bounds, in pixels on each side. */
  padding: number;
  /** Bands along the map's edges that labels keep clear of (attribution, scale). */
  margins: Margins;
  /** The map's furniture inside it (the key, the locator inset), in container pixels. */
  furniture: readonly PixelBox[];
  labels: readonly FrameLabel[];
  markers: readonly FrameMarker[];
  /** How far below the framed zoom the view may go to fit its labels. */
  maxZoomOut: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelPlacement;
  /** The text's box in container pixels, once the map is at `center` and `zoom`. */
  box: PixelBox;
}

export interface Framing {
  center: LngLat;
  zoom: number;
  labels: PlacedLabel[];
  /** Labels with no room: they give way, and the key still names what they name. */
  dropped: string[];
}

function translate(box: PixelBox, dx: number, dy: number): PixelBox {
  return { left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy };
}

/** The view's own frame: the zoom that fits it and its centre, before any label is considered. */
export function frameView(view: MapView, size: Size, padding: number, rules: ZoomRules): { center: LngLat; zoom: number } {
  if (view.kind === "center") return { center: view.center, zoom: snapZoom(view.zoom, rules) };
  const zoom = Math.min(snapZoom(view.maxZoom, rules), boundsZoom(view.bounds, size, padding, rules));
  const [west, south, east, north] = view.bounds;
  const nw = project([west, north], zoom);
  const se = project([east, south], zoom);
  return { center: unproject({ x: (nw.x + se.x) / 2, y: (nw.y + se.y) / 2 }, zoom), zoom };
}

function labelBoxAt(label: FrameLabel, side: LabelPlacement, at: PixelPoint): PixelBox {
  if (side === "center") {
    return { left: at.x - label.width / 2, right: at.x + label.width / 2, top: at.y - label.height / 2, bottom: at.y + label.height / 2 };
  }
  return labelBox(at.x, at.y, side, label.width, label.height, label.gap);
}

interface Layout {
  placed: PlacedLabel[];
  dropped: string[];
}

/**
 * Lays the labels out for a map whose top-left corner is at world pixel `origin`, then shifted
 * by `shift`: each label takes its first placement that is on screen, clear of the furniture,
 * of the labels already placed and of the markers it does not name. A required label with no
 * such placement may take one that is only off screen (a shift may bring it in); otherwise, it
 * gives way.
 */
function layOut(input: FrameInput, origin: PixelPoint, zoom: number, shift: PixelPoint, allowOffScreen: boolean): Layout {
  const { size, margins, furniture } = input;
  const toScreen = (at: LngLat) => {
    const p = project(at, zoom);
    return { x: p.x - origin.x, y: p.y - origin.y };
  };
  const markers = input.markers.map((m) => {
    const p = toScreen(m.at);
    return { labelId: m.labelId, box: { left: p.x - m.radius, right: p.x + m.radius, top: p.y - m.radius, bottom: p.y + m.radius } };
  });
  const shown = (box: PixelBox) => translate(box, shift.x, shift.y);
  const clearOfFurniture = (box: PixelBox) => !furniture.some((f) => boxesOverlap(f, shown(box)));
  const onScreen = (box: PixelBox) => boxInside(shown(box), size.width, size.height, margins) && clearOfFurniture(box);
  // How far a box lies beyond the screen's margins: the shift of the view it would need.
  const overflow = (box: PixelBox) => {
    const b = shown(box);
    return (
      Math.max(0, margins.left - b.left, b.right - (size.width - margins.right)) +
      Math.max(0, margins.top - b.top, b.bottom - (size.height - margins.bottom))
    );
  };
  const nearest = (candidates: readonly PlacedLabel[]) =>
    candidates.reduce<PlacedLabel | undefined>((best, c) => (!best || overflow(c.box) < overflow(best.box) ? c : best), undefined);
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const label of input.labels) {
    const candidates = label.sides.flatMap((side): PlacedLabel[] => {
      const anchor = label.anchors[side];
      return anchor ? [{ id: label.id, side, box: labelBoxAt(label, side, toScreen(anchor)) }] : [];
    });
    const clear = candidates.filter(
      ({ box }) =>
        !placed.some((p) => boxesOverlap(p.box, box)) && !markers.some((m) => m.labelId !== label.id && boxesOverlap(m.box, box, 0)),
    );
    // Off screen, a required label takes the side that the smallest shift brings in, clear of the furniture if it can.
    const choice =
      clear.find((c) => onScreen(c.box)) ??
      (allowOffScreen && label.required ? (nearest(clear.filter((c) => clearOfFurniture(c.box))) ?? nearest(clear)) : undefined);
    if (choice) placed.push(choice);
    else dropped.push(label.id);
  }
  return { placed, dropped };
}

/** Room kept between the framed bounds and the map's edges when the view shifts for its labels. */
const FRAME_EDGE: Margins = { top: 8, right: 8, bottom: 8, left: 8 };

/**
 * Plans the camera and the labels together, as one pure function: the view framed for the map's
 * size and zoom rules, then, zoom step by zoom step (at most `maxZoomOut` below), the labels
 * laid out and the view shifted so that the framed bounds and every required label fit, clear of
 * the map's furniture. The first zoom at which no required label has to give way wins; if none
 * does, the one where the fewest give way. The centre is where Leaflet will really put it (inside
 * the map's limits), and every label returned is checked there: on screen, clear of the
 * furniture, of the markers and of each other.
 */
export function planFrame(input: FrameInput): Framing {
  const framed = frameView(input.view, input.size, input.padding, input.rules);
  const required = new Set(input.labels.filter((l) => l.required).map((l) => l.id));
  const lowest = Math.max(input.rules.min, framed.zoom - input.maxZoomOut);
  let best: Framing | undefined;
  let bestDropped = Infinity;
  // Zooming out a step at a time: the map's own step, or a quarter where zoom is continuous.
  const stepSize = input.rules.snap > 0 ? input.rules.snap : 0.25;
  for (let step = 0; framed.zoom - step * stepSize >= lowest - 1e-9; step++) {
    const plan = planAtZoom(input, framed.center, framed.zoom - step * stepSize);
    const dropped = plan.dropped.filter((id) => required.has(id)).length;
    if (dropped < bestDropped) [best, bestDropped] = [plan, dropped];
    if (dropped === 0) break;
  }
  return best!;
}

function planAtZoom(input: FrameInput, framedCenter: LngLat, zoom: number): Framing {
  const { size, margins } = input;
  const centre = project(framedCenter, zoom);
  const origin = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  const framedBounds: PixelBox[] = [];
  if (input.view.kind === "bounds") {
    const [west, south, east, north] = input.view.bounds;
    const nw = project([west, north], zoom);
    const se = project([east, south], zoom);
    framedBounds.push({ left: nw.x - origin.x, top: nw.y - origin.y, right: se.x - origin.x, bottom: se.y - origin.y });
  }
  const isRequired = (id: string) => input.labels.some((l) => l.id === id && l.required);

  // The labels choose their sides knowing how far the view will shift; a few rounds settle it.
  let shift: PixelPoint = { x: 0, y: 0 };
  for (let round = 0; round < 3; round++) {
    const trial = layOut(input, origin, zoom, shift, true);
    const labels = trial.placed.filter((p) => isRequired(p.id)).map((p) => p.box);
    const needed = shiftToFitAll([{ boxes: framedBounds, margins: FRAME_EDGE }, { boxes: labels, margins }], size.width, size.height);
    if (!needed) break;
    const next = { x: -needed.dx, y: -needed.dy };
    if (Math.abs(next.x - shift.x) < 0.5 && Math.abs(next.y - shift.y) < 0.5) break;
    shift = next;
  }

  // Where Leaflet will put the centre, inside the map's limits; the layout is made there.
  const center = limitCenter(unproject({ x: centre.x - shift.x, y: centre.y - shift.y }, zoom), zoom, size, input.limits);
  const c = project(center, zoom);
  const layout = layOut(input, { x: c.x - size.width / 2, y: c.y - size.height / 2 }, zoom, { x: 0, y: 0 }, false);
  return { center, zoom, labels: layout.placed, dropped: layout.dropped };
}
