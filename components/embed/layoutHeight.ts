/**
 * The height that stands in for `vh` in an iframe sized to the story (chapter spacing,
 * the map's height). It follows the host's viewport, except on narrow screens where small
 * changes are a phone's toolbars showing and hiding while the reader scrolls: following
 * those would resize the whole story, and shift the host page below it, mid-read.
 */
export const TOOLBAR_TOLERANCE = 0.15;
export const MIN_LAYOUT_HEIGHT = 240;

export function nextLayoutHeight(current: number | null, viewportHeight: number, narrow: boolean): number {
  const next = Math.max(MIN_LAYOUT_HEIGHT, Math.round(viewportHeight));
  if (current === null || !narrow) return next;
  return Math.abs(next - current) > current * TOOLBAR_TOLERANCE ? next : current;
}

/**
 * Where the map goes, as if it were sticky (top: 0) inside its story block, when the
 * iframe does not scroll: the distance to move it down from where it sits, given the
 * viewport top and the map's resting top in the same coordinates, and how far it can go
 * before it would leave the block.
 */
export function stickyOffset(viewportTop: number, restingTop: number, maxOffset: number): number {
  return Math.round(Math.min(Math.max(viewportTop - restingTop, 0), Math.max(maxOffset, 0)));
}
