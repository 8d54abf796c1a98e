import { describe, expect, it } from "vitest";
import { footprintBBox, isApproximate, uncertaintyArea } from "./footprint";
import type { AreaFeature, PlaceFeature } from "./types";

const place = (id: string, coordinates: [number, number], uncertainty_m: number, approximate = false): PlaceFeature => ({
  type: "Feature",
  geometry: { type: "Point", coordinates },
  properties: { id, name: id, role: "test", source: "test", uncertainty_m, approximate },
});

/** Great-circle distance by the haversine formula, independent of turf. */
function haversineMetres([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lng2! - lng1!) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

describe("uncertaintyArea", () => {
  const launch = place("drone_launch_area", [44.407125, 33.326905], 700, true);

  it("draws a closed ring whose every vertex is the stated radius from the point (within 0.5 %)", () => {
    const area = uncertaintyArea(launch);
    const ring = area.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const vertex of ring) {
      expect(Math.abs(haversineMetres(launch.geometry.coordinates, vertex) - 700) / 700).toBeLessThan(0.005);
    }
    expect(area.properties).toEqual({ id: "drone_launch_area", radius_m: 700 });
  });

  it("rejects a place without a usable radius or position", () => {
    expect(() => uncertaintyArea(place("x", [44.4, 33.3], 0))).toThrow(/uncertainty_m must be a positive number/);
    expect(() => uncertaintyArea(place("x", [44.4, 333], 100))).toThrow(/place "x".*out of range/);
  });
});

describe("isApproximate", () => {
  it("treats flagged places and places known to 250 m or worse as approximate", () => {
    expect(isApproximate(place("a", [44.4, 33.3], 100, true))).toBe(true);
    expect(isApproximate(place("b", [44.4, 33.3], 500))).toBe(true);
    expect(isApproximate(place("c", [44.4, 33.3], 100))).toBe(false);
  });
});

describe("footprintBBox", () => {
  it("spans a point's uncertainty disc: 2 × 1 km north to south for a 1 km radius", () => {
    const [, south, , north] = footprintBBox(place("p", [44.4, 33.3], 1000));
    expect(haversineMetres([44.4, south], [44.4, north])).toBeCloseTo(2000, -1);
  });

  it("uses an area's own extent", () => {
    const area: AreaFeature = {
      type: "Feature",
      properties: { id: "zone" },
      geometry: { type: "Polygon", coordinates: [[[44, 33], [44.1, 33], [44.1, 33.2], [44, 33]]] },
    };
    expect(footprintBBox(area)).toEqual([44, 33, 44.1, 33.2]);
  });

  it("rejects an empty area geometry", () => {
    const empty: AreaFeature = { type: "Feature", properties: { id: "void" }, geometry: { type: "Polygon", coordinates: [] } };
    expect(() => footprintBBox(empty)).toThrow(/area "void" has an empty geometry/);
  });
});
