import along from "@turf/along";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import distance from "@turf/distance";
import length from "@turf/length";
import bbox from "@turf/bbox";
import type { Feature, LineString, MultiPolygon, Polygon } from "geojson";
import type { LngLat } from "./types";

/** Nearest to `near` first; at most `limit`. */
function nearestFirst(points: LngLat[], near: LngLat, limit: number): LngLat[] {
  return points
    .map((p) => ({ p, d: distance(near, p) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ p }) => p);
}

const round5 = ([lng, lat]: LngLat): LngLat => [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];

/**
 * Where a line's name may go when its chosen spot is taken: points along it every `stepKm`,
 * nearest to `near` first, at most `limit` of them.
 */
export function pointsAlongLine(line: Feature<LineString>, near: LngLat, stepKm: number, limit = 40): LngLat[] {
  if (!(stepKm > 0)) throw new RangeError(`pointsAlongLine: step must be positive, got ${stepKm}`);
  const total = length(line);
  const points: LngLat[] = [];
  for (let km = 0; km <= total; km += stepKm) points.push(round5(along(line, km).geometry.coordinates as LngLat));
  return nearestFirst(points, near, limit);
}

/**
 * Where an area's name may go when its chosen spot is taken: the points of a grid of
 * `stepKm` that lie inside the area, nearest to `near` first, at most `limit` of them.
 */
export function pointsInsideArea(area: Feature<Polygon | MultiPolygon>, near: LngLat, stepKm: number, limit = 40): LngLat[] {
  if (!(stepKm > 0)) throw new RangeError(`pointsInsideArea: step must be positive, got ${stepKm}`);
  const [west, south, east, north] = bbox(area);
  const latStep = stepKm / 111.32;
  const lngStep = latStep / Math.cos((((south + north) / 2) * Math.PI) / 180);
  const points: LngLat[] = [];
  for (let lat = south + latStep / 2; lat < north; lat += latStep) {
    for (let lng = west + lngStep / 2; lng < east; lng += lngStep) {
      const point = round5([lng, lat]);
      if (booleanPointInPolygon(point, area)) points.push(point);
    }
  }
  return nearestFirst(points, near, limit);
}
