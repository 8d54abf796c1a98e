import { describe, expect, it } from "vitest";
import { staticMap } from "./staticMap";

describe("staticMap", () => {
  const view: [number, number, number, number] = [44.3, 33.25, 44.5, 33.4];
  const square = {
    type: "Feature" as const,
    properties: {},
    geometry: { type: "Polygon" as const, coordinates: [[[44.3, 33.25], [44.5, 33.25], [44.5, 33.4], [44.3, 33.4], [44.3, 33.25]]] },
  };

  it("fits the view to the width, with a Mercator height", () => {
    const map = staticMap([{ className: "land", features: [square] }], [], view, 400);
    expect(map.width).toBe(400);
    // 0.15° of latitude at 33°N is about 0.15 / cos(33.3°) ≈ 0.1795° of Mercator "longitude".
    expect(map.height).toBeCloseTo((400 * 0.1795) / 0.2, -1);
    expect(map.layers[0]!.d).toMatch(/^M0,\d+(\.\d)?L400,\d+(\.\d)?L400,0L0,0L0,\d+(\.\d)?Z$/);
  });

  it("places points, and draws approximate ones with a radius of their uncertainty", () => {
    const map = staticMap(
      [],
      [
        { id: "a", label: "A", at: [44.4, 33.325], approximate: true, radiusM: 1000 },
        { id: "b", label: "B", at: [44.3, 33.4], approximate: false, radiusM: 50 },
      ],
      view,
      400,
    );
    const [a, b] = map.places;
    expect(a!.x).toBe(200);
    // 1 km at 33.3°N is about 0.01075° of longitude: 21.5 px at 2000 px per degree.
    expect(a!.r).toBeCloseTo(21.5, 0);
    expect([b!.x, b!.y, b!.r]).toEqual([0, 0, 4]);
  });

  it("rejects an empty view", () => {
    expect(() => staticMap([], [], [44, 33, 44, 33], 100)).toThrow(/empty view/);
  });
});
