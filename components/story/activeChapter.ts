/**
 * Where the reading line sits, as a share of the viewport's height: mid-screen on wide
 * screens; on phones, in the middle of the text area below the sticky map.
 */
export const READING_LINE = { wide: 0.5, narrow: 0.7 } as const;
export const NARROW_QUERY = "(max-width: 899.98px)";

/**
 * The rootMargin that shrinks the viewport to a line at `fraction` of its height,
 * so an observer fires whenever a chapter crosses the reading line.
 */
export function readingLineMargin(fraction: number): string {
  const top = Math.round(fraction * 100);
  return `-${top}% 0px -${100 - top}% 0px`;
}

/**
 * The active chapter is the last one whose top has passed the reading line: the chapter
 * being read, or, between two chapters, the one just read. Before the first chapter the
 * first is active. `tops` are the chapters' top edges in the same coordinates as `line`.
 */
export function activeIndexAt(line: number, tops: readonly number[]): number {
  let active = 0;
  tops.forEach((top, index) => {
    if (top <= line) active = index;
  });
  return active;
}
