/** A box in the map's pixel space: x to the right, y down, from the map's top-left corner. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Shift {
  dx: number;
  dy: number;
}

/** The shift along one axis that brings [lo, hi] inside [margin, size - margin], or null. */
function shiftAxis(lo: number, hi: number, size: number, margin: number): number | null {
  const least = hi - (size - margin);
  const most = lo - margin;
  if (least > most) return null;
  return Math.min(Math.max(0, least), most);
}

/**
 * How far to move the view (in pixels, positive = right/down) so that every box fits in
 * a map of `width` × `height` with `margin` to spare, moving as little as possible; null
 * when no shift can do it and the map must zoom out. Used to keep place labels, which run
 * out from their points, from being cut by the map's edge.
 */
export function shiftToFit(boxes: readonly PixelBox[], width: number, height: number, margin = 6): Shift | null {
  if (boxes.length === 0) return { dx: 0, dy: 0 };
  const dx = shiftAxis(Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right)), width, margin);
  const dy = shiftAxis(Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.bottom)), height, margin);
  return dx === null || dy === null ? null : { dx, dy };
}

export type LabelSide = "left" | "right" | "top" | "bottom";

/** Where a label of `width` × `height` px sits around its anchor at (x, y), as Leaflet places tooltips. */
export function labelBox(x: number, y: number, side: LabelSide, width: number, height: number, gap = 10): PixelBox {
  switch (side) {
    case "right":
      return { left: x + gap, right: x + gap + width, top: y - height / 2, bottom: y + height / 2 };
    case "left":
      return { left: x - gap - width, right: x - gap, top: y - height / 2, bottom: y + height / 2 };
    case "top":
      return { left: x - width / 2, right: x + width / 2, top: y - gap - height, bottom: y - gap };
    case "bottom":
      return { left: x - width / 2, right: x + width / 2, top: y + gap, bottom: y + gap + height };
  }
}
