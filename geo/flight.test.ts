import { describe, expect, it } from "vitest";
import type { Feature, LineString } from "geojson";
import { compassPoint, flightPath, positionAt } from "./flight";

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

  it("samples the path from start to end, evenly", () => {
    expect(flight.samples).toHaveLength(101);
    expect(flight.samples[0]).toEqual(launch);
    expect(flight.samples[100]![0]).toBeCloseTo(greenZone[0], 5);
    const half = haversineKm(launch, flight.samples[50]!);
    expect(Math.abs(half - flight.distanceKm / 2)).toBeLessThan(0.005);
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
  const samples: [number, number][] = [[0, 0], [1, 1], [2, 2]];
  it("maps progress to the nearest sample and clamps", () => {
    expect(positionAt(samples, 0)).toEqual([0, 0]);
    expect(positionAt(samples, 0.5)).toEqual([1, 1]);
    expect(positionAt(samples, 1.7)).toEqual([2, 2]);
    expect(positionAt(samples, -1)).toEqual([0, 0]);
    expect(positionAt(samples, Number.NaN)).toEqual([0, 0]);
  });
});
