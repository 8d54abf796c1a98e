import circle from "@turf/circle";
import bbox from "@turf/bbox";
import type { Feature, Polygon } from "geojson";
import type { AreaFeature, BBox, PlaceFeature } from "./types";
import { assertLngLat } from "./coords";

/** Places whose uncertainty is at least this large are drawn as areas, never as pins. */
export const AREA_THRESHOLD_M = 250;

export function isApproximate(place: PlaceFeature): boolean {
  return place.properties.approximate || place.properties.uncertainty_m >= AREA_THRESHOLD_M;
}

/**
 * The disc a place may lie in: a circle of its stated uncertainty around its point.
 * Used both to draw approximate places and to frame the camera on them.
 */
export function uncertaintyArea(place: PlaceFeature, steps = 64): Feature<Polygon, { id: string; radius_m: number }> {
  const [lng, lat] = assertLngLat(place.geometry?.coordinates, `place "${place.properties?.id}"`);
  const radius = place.properties.uncertainty_m;
  if (!(radius > 0) || !Number.isFinite(radius)) {
    throw new RangeError(`place "${place.properties.id}": uncertainty_m must be a positive number, got ${radius}`);
  }
  return circle([lng, lat], radius / 1000, {
    steps,
    units: "kilometers",
    properties: { id: place.properties.id, radius_m: radius },
  });
}

/**
 * The extent a feature covers on the ground: a place's uncertainty disc (to 6 decimals, a
 * tenth of a metre, as the page receives it), or an area itself.
 */
export function footprintBBox(feature: PlaceFeature | AreaFeature): BBox {
  if (feature.geometry.type === "Point") {
    return bbox(uncertaintyArea(feature as PlaceFeature, 32)).map((n) => Math.round(n * 1e6) / 1e6) as BBox;
  }
  if (!feature.geometry.coordinates?.length) {
    throw new RangeError(`area "${feature.properties?.id}" has an empty geometry`);
  }
  return bbox(feature);
}
