import { describe, expect, it } from "vitest";
import type { FeatureCollection, Polygon } from "geojson";
import { locatorMap } from "./locator";

const square = (name: string, w: number, s: number, e: number, n: number) => ({
  type: "Feature" as const,
  properties: { name },
  geometry: { type: "Polygon" as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});

const world: FeatureCollection<Polygon, { name: string }> = {
  type: "FeatureCollection",
  features: [square("Iraq", 39, 29, 48, 37), square("Iran", 48, 25, 63, 40), square("Chile", -75, -55, -67, -17)],
};

describe("locatorMap", () => {
  const map = locatorMap(world, "Iraq", [44.4, 33.3], { width: 160, height: 160 });

  it("draws the focus country and its neighbours, not far-away countries", () => {
    expect(map.shapes.map((s) => [s.name, s.focus])).toEqual([
      ["Iraq", true],
      ["Iran", false],
    ]);
  });

  it("puts the city inside the drawing, where the country is", () => {
    expect(map.marker.x).toBeGreaterThan(0);
    expect(map.marker.x).toBeLessThan(160);
    expect(map.marker.y).toBeGreaterThan(0);
    expect(map.marker.y).toBeLessThan(160);
    // Baghdad is east of Iraq's middle and north of its south edge: right of centre.
    expect(map.marker.x).toBeGreaterThan(80);
  });

  it("writes closed SVG paths", () => {
    expect(map.shapes[0]!.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.-]+,[\d.-]+)+Z$/);
  });

  it("rejects an unknown country, and a city outside it", () => {
    expect(() => locatorMap(world, "Atlantis", [44.4, 33.3], { width: 10, height: 10 })).toThrow(/no country named "Atlantis"/);
    expect(() => locatorMap(world, "Iraq", [2.35, 48.85], { width: 10, height: 10 })).toThrow(/outside Iraq/);
    expect(() => locatorMap(world, "Iraq", [33.3, 444], { width: 10, height: 10 })).toThrow(/out of range/);
  });
});
