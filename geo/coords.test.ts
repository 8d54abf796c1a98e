import { describe, expect, it } from "vitest";
import { assertLngLat, bboxContains, bboxContainsPoint, looksSwapped, unionBBox } from "./coords";
import type { BBox } from "./types";

const BAGHDAD: BBox = [43.9, 33.0, 44.8, 33.7];

describe("assertLngLat", () => {
  it("returns a valid [lng, lat] pair", () => {
    expect(assertLngLat([44.4, 33.3], "here")).toEqual([44.4, 33.3]);
  });

  it.each([
    [[200, 33], /out of range/],
    [[44, -95], /out of range/],
    [[44], /expected a \[longitude, latitude\] pair/],
    ["44,33", /expected a \[longitude, latitude\] pair/],
    [[Number.NaN, 33], /finite numbers/],
    [["44", 33], /finite numbers/],
  ])("rejects %j naming the caller", (position, message) => {
    expect(() => assertLngLat(position, 'place "x"')).toThrow(message);
    expect(() => assertLngLat(position, 'place "x"')).toThrow(/^place "x"/);
  });
});

describe("looksSwapped", () => {
  it("spots a Baghdad position typed as [lat, lng]", () => {
    expect(looksSwapped(BAGHDAD, [33.3, 44.4])).toBe(true);
  });
  it("accepts a position in order", () => {
    expect(looksSwapped(BAGHDAD, [44.4, 33.3])).toBe(false);
  });
  it("does not call a position swapped when it is simply elsewhere", () => {
    expect(looksSwapped(BAGHDAD, [2.35, 48.85])).toBe(false);
  });
});

describe("bounding boxes", () => {
  it("unions boxes", () => {
    expect(
      unionBBox([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
  });
  it("refuses to union nothing", () => {
    expect(() => unionBBox([])).toThrow(/no boxes/);
  });
  it("tests containment with and without tolerance", () => {
    expect(bboxContains([0, 0, 10, 10], [1, 1, 9, 9])).toBe(true);
    expect(bboxContains([0, 0, 10, 10], [-0.01, 1, 9, 9])).toBe(false);
    expect(bboxContains([0, 0, 10, 10], [-0.01, 1, 9, 9], 0.02)).toBe(true);
    expect(bboxContainsPoint([0, 0, 10, 10], [10, 0])).toBe(true);
  });
});
