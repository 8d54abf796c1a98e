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
}

/**
 * A schematic flight from `from` to `to`, with the figures the story states about it,
 * all computed from the data. `river` is the centreline whose crossing is reported.
 */
export function flightPath(from: LngLat, to: LngLat, river: Feature<LineString>): FlightPath {
  const start = assertLngLat(from, "flight start");
  const end = assertLngLat(to, "flight end");
  if (start[0] === end[0] && start[1] === end[1]) throw new RangeError("flight start and end are the same point");
  if (!river.geometry?.coordinates?.length) throw new RangeError("river centreline has an empty geometry");

  const path = lineString([start, end], { schematic: true as const });
  const distanceKm = length(path, { units: "kilometers" });
  const crossings = lineIntersect(path, river).features;
  const first = crossings
    .map((c) => c.geometry.coordinates as LngLat)
    .map((at) => ({ at, fromLaunchKm: distance(start, at, { units: "kilometers" }) }))
    .sort((a, b) => a.fromLaunchKm - b.fromLaunchKm)[0];
  return {
    path,
    distanceKm,
    bearingDeg: (bearing(start, end) + 360) % 360,
    crossing: first ?? null,
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

/**
 * Where a share of a drawn path (0 = its start, 1 = its end) lies, for the marker that flies
 * it as the reader scrolls: on the segment that share of its length reaches, in proportion.
 * Lengths are measured on a plane scaled by the cosine of the latitude, which over a city's
 * few kilometres is the ground distance to within a thousandth.
 */
export function positionAt(path: readonly LngLat[], share: number): LngLat {
  return walk(path, share).at;
}

/** The stretch of a path flown at a share of its length: the vertices passed, then where the marker is. */
export function flownAt(path: readonly LngLat[], share: number): LngLat[] {
  const { passed, at } = walk(path, share);
  return [...path.slice(0, passed), at];
}

/** `count` positions evenly along a path, its ends included: what labels keep off where the drone flies. */
export function pointsAlong(path: readonly LngLat[], count: number): LngLat[] {
  if (count < 2) throw new RangeError("pointsAlong: at least two points");
  return Array.from({ length: count }, (_, i) => positionAt(path, i / (count - 1)));
}

function walk(path: readonly LngLat[], share: number): { passed: number; at: LngLat } {
  if (path.length === 0) throw new RangeError("an empty path");
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const cos = Math.cos((path[0]![1] * Math.PI) / 180);
  const lengths = path.slice(1).map(([x, y], i) => Math.hypot((x - path[i]![0]) * cos, y - path[i]![1]));
  let left = clamped * lengths.reduce((sum, l) => sum + l, 0);
  for (const [i, l] of lengths.entries()) {
    if (left <= l && l > 0) {
      const [x0, y0] = path[i]!;
      const [x1, y1] = path[i + 1]!;
      const t = left / l;
      return { passed: i + 1, at: [round6(x0 + (x1 - x0) * t), round6(y0 + (y1 - y0) * t)] };
    }
    left -= l;
  }
  return { passed: path.length, at: path[path.length - 1]! };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
