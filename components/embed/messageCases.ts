/**
 * Messages the story's code and the loader (public/embed.js) must judge alike: the height
 * each one carries, or null when it must be ignored. Shared by their tests.
 */
export const HEIGHT_CASES: { name: string; data: unknown; height: number | null }[] = [
  { name: "a well-formed height", data: { type: "baghdad-story:height", version: 1, height: 5120 }, height: 5120 },
  { name: "a fractional height, rounded", data: { type: "baghdad-story:height", version: 1, height: 812.6 }, height: 813 },
  { name: "a huge height, clamped", data: { type: "baghdad-story:height", version: 1, height: 1e9 }, height: 100_000 },
  { name: "a negative height, clamped", data: { type: "baghdad-story:height", version: 1, height: -40 }, height: 0 },
  { name: "another version", data: { type: "baghdad-story:height", version: 2, height: 500 }, height: null },
  { name: "a version as a string", data: { type: "baghdad-story:height", version: "1", height: 500 }, height: null },
  { name: "a height as a string", data: { type: "baghdad-story:height", version: 1, height: "500" }, height: null },
  { name: "NaN", data: { type: "baghdad-story:height", version: 1, height: Number.NaN }, height: null },
  { name: "Infinity", data: { type: "baghdad-story:height", version: 1, height: Number.POSITIVE_INFINITY }, height: null },
  { name: "no height", data: { type: "baghdad-story:height", version: 1 }, height: null },
  { name: "another type", data: { type: "baghdad-story:viewport", version: 1, height: 500, top: 0 }, height: null },
  { name: "a string", data: "baghdad-story:height", height: null },
  { name: "a pym.js message", data: "pymxPYMxstory-pymxPYMxheightxPYMx500", height: null },
  { name: "an array", data: ["baghdad-story:height", 1, 500], height: null },
  { name: "null", data: null, height: null },
];

/** Scroll requests (an in-story link in an iframe the host sized to the story): the offset, or null. */
export const SCROLL_CASES: { name: string; data: unknown; top: number | null }[] = [
  { name: "a well-formed offset", data: { type: "baghdad-story:scroll", version: 1, top: 2400 }, top: 2400 },
  { name: "a huge offset, clamped", data: { type: "baghdad-story:scroll", version: 1, top: 1e9 }, top: 100_000 },
  { name: "a negative offset, clamped", data: { type: "baghdad-story:scroll", version: 1, top: -5 }, top: 0 },
  { name: "another version", data: { type: "baghdad-story:scroll", version: 2, top: 2400 }, top: null },
  { name: "an offset as a string", data: { type: "baghdad-story:scroll", version: 1, top: "2400" }, top: null },
  { name: "NaN", data: { type: "baghdad-story:scroll", version: 1, top: Number.NaN }, top: null },
  { name: "a height message", data: { type: "baghdad-story:height", version: 1, height: 2400 }, top: null },
];
