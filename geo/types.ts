import type { BBox, Feature, FeatureCollection, Point, Polygon, MultiPolygon } from "geojson";

/** A position in GeoJSON order: [longitude, latitude]. */
export type LngLat = [number, number];

/** Properties every story place carries (from content/geodata/places.geojson). */
export interface PlaceProperties {
  id: string;
  name: string;
  name_ar?: string;
  role: string;
  source: string;
  uncertainty_m: number;
  approximate: boolean;
  [key: string]: unknown;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;
export type AreaFeature = Feature<Polygon | MultiPolygon, { id: string; [key: string]: unknown }>;

/** A camera target the map can settle on, in plain JSON for the client. */
export type MapView =
  | { kind: "bounds"; bounds: BBox; maxZoom: number }
  | { kind: "center"; center: LngLat; zoom: number };

export type { BBox };
