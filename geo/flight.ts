import along from "@turf/along";
import bearing from "@turf/bearing";
import distance from "@turf/distance";
import length from "@turf/length";
import lineIntersect from "@turf/line-intersect";
import { lineString } from "@turf/helpers";
import type { Feature, LineString } from "geojson";
import { assertLngLat } from "./coords";
import type { LngLat } from "./types";

export interface FlightPath {
  /** The drawn path: a straight (great-circle) line, schematic because the route was never published. */
  path: Feature<LineString, { schematic: true }>;
  distanceKm: number;
  /** Initial bearing from the launch point, degrees clockwise from north, 0–360. */
  bearingDeg: number;
  /** Where the path crosses the river's centreline, and how far from the launch point. */
  crossing: { at: LngLat; fromLaunchKm: number } | null;
  /** Positions along the path at every 1/(n-1) of its length, for a marker that follows scroll. */
  samples: LngLat[];
}

/**
 * A schematic flight from `from` to `to`, with the figures the story states about it,
 * all computed from the data. `river` is the centreline whose crossing is reported.
 */
export function flightPath(from: LngLat, to: LngLat, river: Feature<LineString>, sampleCount = 101): FlightPath {
  const start = assertLngLat(from, "flight start");
  const end = assertLngLat(to, "flight end");
  if (start[0] === end[0] && start[1] === end[1]) throw new RangeError("flight start and end are the same point");
  if (!river.geometry?.coordinates?.length) throw new RangeError("river centreline has an empty geometry");
  if (sampleCount < 2) throw new RangeError("a path needs at least two samples");

  const path = lineString([start, end], { schematic: true as const });
  const distanceKm = length(path, { units: "kilometers" });
  const crossings = lineIntersect(path, river).features;
  const first = crossings
    .map((c) => c.geometry.coordinates as LngLat)
    .map((at) => ({ at, fromLaunchKm: distance(start, at, { units: "kilometers" }) }))
    .sort((a, b) => a.fromLaunchKm - b.fromLaunchKm)[0];
  const samples = Array.from({ length: sampleCount }, (_, i) => {
    const point = along(path, (distanceKm * i) / (sampleCount - 1), { units: "kilometers" });
    return point.geometry.coordinates.map((n) => Math.round(n * 1e6) / 1e6) as LngLat;
  });
  return {
    path,
    distanceKm,
    bearingDeg: (bearing(start, end) + 360) % 360,
    crossing: first ?? null,
    samples,
  };
}

export const COMPASS = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"] as const;

/** A bearing in words, to the nearest of eight compass points. */
export type CompassPoint = (typeof COMPASS)[number];

export function compassPoint(bearingDeg: number): CompassPoint {
  if (!Number.isFinite(bearingDeg)) throw new RangeError(`bearing must be a number, got ${bearingDeg}`);
  const normalised = ((bearingDeg % 360) + 360) % 360;
  return COMPASS[Math.round(normalised / 45) % 8]!;
}

/** The sample nearest to a share of the path flown (0 = launch, 1 = arrival). */
export function positionAt(samples: readonly LngLat[], progress: number): LngLat {
  if (samples.length === 0) throw new RangeError("no samples");
  const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return samples[Math.round(clamped * (samples.length - 1))]!;
}
