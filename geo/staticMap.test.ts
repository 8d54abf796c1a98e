import { describe, expect, it } from "vitest";
import { compactPath, staticMap } from "./staticMap";
import type { LabelSide } from "./labelLayout";
import type { LngLat } from "./types";

/** Anchors on the edge of a disc `dLng` degrees of longitude wide (the same distance in latitude). */
function anchorsOf([lng, lat]: LngLat, dLng: number): Record<LabelSide, LngLat> {
  const dLat = dLng * Math.cos((lat * Math.PI) / 180);
  return { top: [lng, lat + dLat], bottom: [lng, lat - dLat], left: [lng - dLng, lat], right: [lng + dLng, lat] };
}

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
    // The square's corners, in relative steps from its first one: right, up, left, then closed.
    expect(map.layers[0]!.d).toBe(`m0 ${map.height}l400 0 0-${map.height}-400 0z`);
  });

  it("places points, and draws approximate ones with a radius of their uncertainty", () => {
    const map = staticMap(
      [],
      [
        { id: "a", label: "A", at: [44.4, 33.325], approximate: true, radiusM: 1000, labelSide: "top", labelAnchors: anchorsOf([44.4, 33.325], 0.01075) },
        { id: "b", label: "B", at: [44.3, 33.4], approximate: false, radiusM: 50, labelSide: "right", labelAnchors: anchorsOf([44.3, 33.4], 0) },
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

  it("projects label anchors onto the disc's edge, and names at each of their positions", () => {
    const map = staticMap(
      [],
      [{ id: "a", label: "A", at: [44.4, 33.325], approximate: true, radiusM: 1000, labelSide: "top", labelAnchors: anchorsOf([44.4, 33.325], 0.01075) }],
      view,
      400,
      [{ id: "river", label: "River", positions: [[44.35, 33.3], [44.45, 33.3]], variant: "river" }],
    );
    const a = map.places[0]!;
    expect(a.labelSide).toBe("top");
    expect(a.anchors.right[0] - a.x).toBeCloseTo(a.r, 0);
    expect(a.anchors.left[0] - a.x).toBeCloseTo(-a.r, 0);
    expect(a.y - a.anchors.top[1]).toBeCloseTo(a.r, 0);
    expect(map.names[0]!.positions.map(([x]) => x)).toEqual([100, 300]);
  });

  it("writes paths on a grid of whole units in relative steps, each ring's start relative to the last ring's", () => {
    const d = compactPath([
      { ring: [[10.2, 10.4], [20.6, 10.4], [20.6, 5], [10.2, 10.4]], closed: true },
      { ring: [[30, 30], [30.2, 30.1], [35, 40]], closed: false },
      { ring: [[1, 1]], closed: false },
    ]);
    // The second ring starts from the first ring's start (10, 10), where its close left the pen.
    expect(d).toBe("m10 10l11 0 0-5z" + "m20 20l5 10");
  });

  it("rejects an empty view", () => {
    expect(() => staticMap([], [], [44, 33, 44, 33], 100)).toThrow(/empty view/);
  });
});
