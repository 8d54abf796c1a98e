import area from "@turf/area";
import pointToLineDistance from "@turf/point-to-line-distance";
import polygonToLine from "@turf/polygon-to-line";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, LineString, MultiLineString, Polygon } from "geojson";
import { assertLngLat } from "./coords";
import type { LngLat } from "./types";

/** A polygon's area in square kilometres (geodesic, as turf computes it). */
export function areaKm2(polygon: Feature<Polygon>): number {
  if (!polygon.geometry?.coordinates?.length || polygon.geometry.coordinates[0]!.length < 4) {
    throw new RangeError(`area "${String(polygon.properties?.id ?? "?")}" has an empty or degenerate geometry`);
  }
  return area(polygon) / 1e6;
}

/** How far a point is from a polygon's edge, in kilometres; 0 when it is inside. */
export function distanceToAreaKm(point: LngLat, polygon: Feature<Polygon>): number {
  const p = assertLngLat(point, "point");
  if (booleanPointInPolygon(p, polygon)) return 0;
  const outline = polygonToLine(polygon) as Feature<LineString | MultiLineString>;
  const lines = outline.geometry.type === "LineString" ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  return Math.min(
    ...lines.map((coordinates) =>
      pointToLineDistance(p, { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates } }, { units: "kilometers" }),
    ),
  );
}

/** Metres per screen pixel at a latitude and Web Mercator zoom (256-pixel tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / 2 ** (zoom + 8);
}
