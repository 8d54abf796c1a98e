import { describe, expect, it } from "vitest";
import type { Feature, Polygon } from "geojson";
import { areaKm2, distanceToAreaKm, metresPerPixel } from "./measures";

// A 0.01° square at the equator: 1.11195 km a side on turf's sphere (R = 6371.0088 km).
const square: Feature<Polygon> = {
  type: "Feature",
  properties: { id: "sq" },
  geometry: { type: "Polygon", coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] },
};

describe("areaKm2", () => {
  it("is within 0.5 % of the side squared", () => {
    const side = (2 * Math.PI * 6371.0088 * 0.01) / 360;
    expect(Math.abs(areaKm2(square) - side * side) / (side * side)).toBeLessThan(0.005);
  });
  it("rejects an empty or degenerate polygon", () => {
    expect(() => areaKm2({ ...square, geometry: { type: "Polygon", coordinates: [] } })).toThrow(/area "sq" has an empty/);
    expect(() => areaKm2({ ...square, geometry: { type: "Polygon", coordinates: [[[0, 0], [1, 1], [0, 0]]] } })).toThrow(/degenerate/);
  });
});

describe("distanceToAreaKm", () => {
  it("is zero inside and the gap to the nearest edge outside", () => {
    expect(distanceToAreaKm([0.005, 0.005], square)).toBe(0);
    const side = (2 * Math.PI * 6371.0088 * 0.01) / 360;
    expect(distanceToAreaKm([0.02, 0.005], square)).toBeCloseTo(side, 2);
  });
});

describe("metresPerPixel", () => {
  it("matches the Web Mercator ground resolution (156 543 m per pixel at zoom 0 on the equator)", () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156543.03, 1);
    expect(metresPerPixel(60, 1)).toBeCloseTo(156543.03 / 4, 1);
  });
});
