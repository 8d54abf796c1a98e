import { describe, expect, it } from "vitest";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Polygon } from "geojson";
import { districtSpots, type DistrictFeature } from "./districtNames";
import type { BBox } from "./types";

/** A square district from its south-west corner and its side, in degrees. */
function square(id: string, west: number, south: number, side: number): DistrictFeature {
  const [e, n] = [west + side, south + side];
  return {
    type: "Feature",
    properties: { id },
    geometry: { type: "Polygon", coordinates: [[[west, south], [e, south], [e, n], [west, n], [west, south]]] },
  };
}

const inside = (at: [number, number], [w, s, e, n]: BBox) => at[0] > w && at[0] < e && at[1] > s && at[1] < n;

describe("districtSpots", () => {
  // Two districts side by side at Baghdad's latitude, split at 44.40° E.
  const west = square("west", 44.3, 33.25, 0.1);
  const east = square("east", 44.4, 33.25, 0.1);

  it("names each district filling enough of the view at the middle of its visible part, the larger first", () => {
    const view: BBox = [44.37, 33.28, 44.41, 33.32];
    const spots = districtSpots([east, west], view);
    expect(spots.map((s) => s.id)).toEqual(["west", "east"]);
    expect(spots.map((s) => s.share)).toEqual([expect.closeTo(0.75, 2), expect.closeTo(0.25, 2)]);
    // Midway across the visible part that is inside the view's inset (10 % of its size from the edges).
    expect(spots[0]!.at[0]).toBeCloseTo((44.374 + 44.4) / 2, 3);
    expect(inside(spots[0]!.at, [44.374, 33.284, 44.4, 33.316])).toBe(true);

    const both = districtSpots([east, west], [44.38, 33.28, 44.42, 33.32]);
    expect(both.map((s) => s.id).sort()).toEqual(["east", "west"]);
    expect(both[0]!.share).toBeCloseTo(0.5, 2);
    for (const spot of both) expect(inside(spot.at, [44.384, 33.284, 44.416, 33.316])).toBe(true);
  });

  it("leaves out a district that shows only as a sliver, or only in the view's edge", () => {
    // "east" fills 5 % of the view, along its right edge.
    expect(districtSpots([west, east], [44.36, 33.28, 44.402, 33.32]).map((s) => s.id)).toEqual(["west"]);
    expect(districtSpots([west, east], [44.36, 33.28, 44.402, 33.32], { minShare: 0.01 }).map((s) => s.id)).toEqual(["west"]);
  });

  it("puts the name inside the district even when its visible part is concave", () => {
    // An L-shaped district: the middle of its bounding box is outside it.
    const l: DistrictFeature = {
      type: "Feature",
      properties: { id: "l" },
      geometry: {
        type: "Polygon",
        coordinates: [[[44.3, 33.25], [44.4, 33.25], [44.4, 33.27], [44.32, 33.27], [44.32, 33.35], [44.3, 33.35], [44.3, 33.25]]],
      },
    };
    const [spot] = districtSpots([l], [44.29, 33.24, 44.41, 33.36]);
    expect(booleanPointInPolygon(spot!.at, l.geometry as Polygon)).toBe(true);
  });

  it("rejects an empty view or an inset that leaves nothing", () => {
    expect(() => districtSpots([west], [44.4, 33.3, 44.4, 33.4])).toThrow(/empty/);
    expect(() => districtSpots([west], [44.3, 33.3, 44.4, 33.4], { inset: 0.5 })).toThrow(/inset/);
  });
});
