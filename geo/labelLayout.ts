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

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Boxes that must fit in the map, clear of margins of their own. */
export interface FitGroup {
  boxes: readonly PixelBox[];
  margins: Margins;
}

/**
 * How far to move the view (in pixels, positive = right/down) so that every box of every group
 * fits in a map of `width` × `height`, clear of its group's margins (where the map's own
 * furniture sits), moving as little as possible; null when no shift can do it and the map must
 * zoom out. Used to keep place labels, which run out from their points, from being cut off.
 */
export function shiftToFitAll(groups: readonly FitGroup[], width: number, height: number): Shift | null {
  const range = (axis: "x" | "y") => {
    let least = -Infinity;
    let most = Infinity;
    for (const { boxes, margins } of groups) {
      for (const b of boxes) {
        const [lo, hi, size, before, after] =
          axis === "x" ? [b.left, b.right, width, margins.left, margins.right] : [b.top, b.bottom, height, margins.top, margins.bottom];
        least = Math.max(least, hi - (size - after));
        most = Math.min(most, lo - before);
      }
    }
    if (least > most) return null;
    return Math.min(Math.max(0, least), most);
  };
  const dx = range("x");
  const dy = range("y");
  return dx === null || dy === null ? null : { dx, dy };
}

/**
 * Breaks a label into lines no wider than `maxWidth`, word by word, as the browser does
 * for `white-space: normal`; returns the lines and the widest line's width.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): { width: number; lines: string[] } {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return { width: Math.max(0, ...lines.map(measure)), lines };
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

/** The sides to try for a label, its preferred side first. */
export function sidesToTry(preferred: LabelSide): LabelSide[] {
  const order: LabelSide[] = ["right", "left", "top", "bottom"];
  return [preferred, ...order.filter((side) => side !== preferred)];
}

/** True when a box lies inside the map, clear of its margins. */
export function boxInside(box: PixelBox, width: number, height: number, m: Margins): boolean {
  return box.left >= m.left && box.top >= m.top && box.right <= width - m.right && box.bottom <= height - m.bottom;
}

/** True when two boxes overlap, allowing `gap` pixels between them. */
export function boxesOverlap(a: PixelBox, b: PixelBox, gap = 2): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}
