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

  it("writes closed SVG paths in whole units and relative steps", () => {
    expect(map.shapes[0]!.d).toMatch(/^m\d+ \d+l-?\d+[ -]\d+( ?-?\d+[ -]\d+)*z$/);
  });

  it("cuts neighbours just beyond the drawing: a large country does not ship its far side", () => {
    const iran = absolutePoints(map.shapes[1]!.d);
    expect(Math.max(...iran.map(([x]) => x))).toBeLessThanOrEqual(160 + 5);
    expect(Math.min(...iran.map(([, y]) => y))).toBeGreaterThanOrEqual(-5);
    // Iraq itself is whole: its east edge (48°E) is inside the drawing.
    expect(Math.max(...absolutePoints(map.shapes[0]!.d).map(([x]) => x))).toBeLessThan(160);
  });

  it("rejects an unknown country, and a city outside it", () => {
    expect(() => locatorMap(world, "Atlantis", [44.4, 33.3], { width: 10, height: 10 })).toThrow(/no country named "Atlantis"/);
    expect(() => locatorMap(world, "Iraq", [2.35, 48.85], { width: 10, height: 10 })).toThrow(/outside Iraq/);
    expect(() => locatorMap(world, "Iraq", [33.3, 444], { width: 10, height: 10 })).toThrow(/out of range/);
  });
});

/** The points of a path written by compactPath (one ring: m, then relative l steps), made absolute. */
function absolutePoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+/g) ?? []).map(Number);
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
    points.push([x, y]);
  }
  return points;
}
