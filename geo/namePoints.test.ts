import { describe, expect, it } from "vitest";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import distance from "@turf/distance";
import type { Feature, LineString, Polygon } from "geojson";
import { pointsAlongLine, pointsInsideArea } from "./namePoints";
import type { LngLat } from "./types";

const line: Feature<LineString> = {
  type: "Feature",
  properties: {},
  geometry: { type: "LineString", coordinates: [[44.38, 33.3], [44.42, 33.3]] },
};

const square: Feature<Polygon> = {
  type: "Feature",
  properties: {},
  geometry: { type: "Polygon", coordinates: [[[44.38, 33.3], [44.4, 33.3], [44.4, 33.32], [44.38, 33.32], [44.38, 33.3]]] },
};

describe("pointsAlongLine", () => {
  it("steps along the line, nearest to the chosen spot first", () => {
    const near: LngLat = [44.401, 33.3];
    const points = pointsAlongLine(line, near, 0.5);
    // The line is about 3.7 km long: 8 points, 0 to 3.5 km.
    expect(points).toHaveLength(8);
    for (const [lng, lat] of points) {
      expect(lat).toBeCloseTo(33.3, 4);
      expect(lng).toBeGreaterThanOrEqual(44.38);
      expect(lng).toBeLessThanOrEqual(44.42);
    }
    const distances = points.map((p) => distance(near, p));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("keeps at most `limit` points, and refuses a step that is not positive", () => {
    expect(pointsAlongLine(line, [44.38, 33.3], 0.1, 5)).toHaveLength(5);
    expect(() => pointsAlongLine(line, [44.38, 33.3], 0)).toThrow(/step/);
  });
});

describe("pointsInsideArea", () => {
  it("gives grid points inside the area only, nearest to the chosen spot first", () => {
    const near: LngLat = [44.385, 33.305];
    const points = pointsInsideArea(square, near, 0.4, 100);
    expect(points.length).toBeGreaterThan(10);
    for (const p of points) expect(booleanPointInPolygon(p, square)).toBe(true);
    const distances = points.map((p) => distance(near, p));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("finds nothing in an area smaller than its grid", () => {
    const tiny: Feature<Polygon> = {
      ...square,
      geometry: { type: "Polygon", coordinates: [[[44.38, 33.3], [44.38001, 33.3], [44.38001, 33.30001], [44.38, 33.3]]] },
    };
    expect(pointsInsideArea(tiny, [44.38, 33.3], 1)).toEqual([]);
  });
});
