import { describe, expect, it } from "vitest";
import type { Feature, LineString } from "geojson";
import { compassPoint, flightPath, flownAt, pointsAlong, positionAt } from "./flight";

/** Great-circle distance (haversine) and initial bearing, computed independently of turf. */
const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
function haversineKm([lng1, lat1]: number[], [lng2, lat2]: number[]) {
  const a = Math.sin(rad(lat2! - lat1!) / 2) ** 2 + Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lng2! - lng1!) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}
function bearingDeg([lng1, lat1]: number[], [lng2, lat2]: number[]) {
  const y = Math.sin(rad(lng2! - lng1!)) * Math.cos(rad(lat2!));
  const x = Math.cos(rad(lat1!)) * Math.sin(rad(lat2!)) - Math.sin(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.cos(rad(lng2! - lng1!));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

// Fixture: the launch area and the Green Zone's label point, and a river running north-west to south-east between them.
const launch: [number, number] = [44.407125, 33.326905];
const greenZone: [number, number] = [44.390259, 33.307577];
const river: Feature<LineString> = {
  type: "Feature",
  properties: {},
  geometry: { type: "LineString", coordinates: [[44.38, 33.34], [44.405, 33.322], [44.42, 33.3]] },
};

describe("flightPath", () => {
  const flight = flightPath(launch, greenZone, river);

  it("measures distance within 0.5 % of an independent haversine computation", () => {
    const expected = haversineKm(launch, greenZone);
    expect(Math.abs(flight.distanceKm - expected) / expected).toBeLessThan(0.005);
  });

  it("gives the initial bearing within half a degree", () => {
    expect(flight.bearingDeg).toBeCloseTo(bearingDeg(launch, greenZone), 0);
    expect(compassPoint(flight.bearingDeg)).toBe("south-west");
  });

  it("finds where the path crosses the river, between the two ends", () => {
    expect(flight.crossing).not.toBeNull();
    expect(flight.crossing!.fromLaunchKm).toBeGreaterThan(0);
    expect(flight.crossing!.fromLaunchKm).toBeLessThan(flight.distanceKm);
  });

  it("is flown evenly: positions along it are where their share of its length lies on the ground", () => {
    const path = flight.path.geometry.coordinates as [number, number][];
    const stops = pointsAlong(path, 41);
    expect(stops).toHaveLength(41);
    expect(stops[0]).toEqual(launch);
    expect(stops[40]![0]).toBeCloseTo(greenZone[0], 5);
    const half = haversineKm(launch, stops[20]!);
    expect(Math.abs(half - flight.distanceKm / 2)).toBeLessThan(0.005);
    expect(Math.abs(haversineKm(launch, positionAt(path, 0.25)) - flight.distanceKm / 4)).toBeLessThan(0.005);
  });

  it("reports no crossing for a path that stays on one bank", () => {
    expect(flightPath([44.43, 33.33], [44.44, 33.32], river).crossing).toBeNull();
  });

  it("rejects bad input", () => {
    expect(() => flightPath(launch, launch, river)).toThrow(/same point/);
    expect(() => flightPath([33.326905, 444.407125], greenZone, river)).toThrow(/flight start.*out of range/);
    const empty = { ...river, geometry: { type: "LineString" as const, coordinates: [] } };
    expect(() => flightPath(launch, greenZone, empty)).toThrow(/empty geometry/);
  });
});

describe("compassPoint", () => {
  it.each([
    [0, "north"],
    [44, "north-east"],
    [181, "south"],
    [225, "south-west"],
    [350, "north"],
    [-90, "west"],
  ])("%d° is %s", (deg, word) => expect(compassPoint(deg)).toBe(word));
  it("rejects a non-number", () => expect(() => compassPoint(Number.NaN)).toThrow(/bearing/));
});

describe("positionAt", () => {
  // On the equator, where a degree of longitude is a degree of latitude: 3 long, then 1.
  const path: [number, number][] = [[0, 0], [3, 0], [3, 1]];
  it("finds the point a share of the path's length reaches, on its segment, and clamps", () => {
    expect(positionAt(path, 0)).toEqual([0, 0]);
    expect(positionAt(path, 0.5)).toEqual([2, 0]);
    expect(positionAt(path, 0.75)).toEqual([3, 0]);
    expect(positionAt(path, 0.875)).toEqual([3, 0.5]);
    expect(positionAt(path, 1.7)).toEqual([3, 1]);
    expect(positionAt(path, -1)).toEqual([0, 0]);
    expect(positionAt(path, Number.NaN)).toEqual([0, 0]);
  });

  it("weighs longitude by the cosine of the latitude", () => {
    // At 60°N a degree of longitude is half a degree of latitude: the first leg is the shorter.
    expect(positionAt([[0, 60], [2, 60], [2, 61]], 0.5)).toEqual([2, 60]);
  });
});

describe("flownAt", () => {
  const path: [number, number][] = [[0, 0], [3, 0], [3, 1]];
  it("is the vertices passed, then the marker's position", () => {
    expect(flownAt(path, 0)).toEqual([[0, 0], [0, 0]]);
    expect(flownAt(path, 0.5)).toEqual([[0, 0], [2, 0]]);
    expect(flownAt(path, 0.875)).toEqual([[0, 0], [3, 0], [3, 0.5]]);
    expect(flownAt(path, 1)).toEqual([[0, 0], [3, 0], [3, 1]]);
  });
});
