import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from "geojson";
import nearestPointOnLine from "@turf/nearest-point-on-line";
import type { LngLat } from "./types";

export type BasemapLayer = "district" | "river" | "bridge" | "green-zone" | "label";

export interface BasemapProperties {
  layer: BasemapLayer;
  id: string;
  name?: string;
  name_ar?: string;
  /** For labels: the layer they name, shown only with it. */
  labels?: Exclude<BasemapLayer, "label">;
}

/** A label placed on a line (a river's name on its centreline), nearest to a chosen point. */
export function labelOnLine(
  line: Feature<LineString>,
  near: LngLat,
  properties: Omit<BasemapProperties, "layer">,
): Feature<Point, BasemapProperties> {
  const snapped = nearestPointOnLine(line, near);
  return {
    type: "Feature",
    properties: { layer: "label", ...properties },
    geometry: roundGeometry(snapped.geometry, 5),
  };
}

/** Rounds every coordinate to `decimals` places (5 ≈ 1 m): smaller files, no visible change. */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const factor = 10 ** decimals;
  const round = (value: unknown): unknown =>
    Array.isArray(value)
      ? typeof value[0] === "number"
        ? (value as number[]).map((n) => Math.round(n * factor) / factor)
        : value.map(round)
      : value;
  if (geometry.type === "GeometryCollection") {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
  }
  return { ...geometry, coordinates: round((geometry as { coordinates: Position[] }).coordinates) } as G;
}

/** Keeps only the properties the map draws with, tagged by basemap layer. */
export function tagFeatures(
  collection: FeatureCollection,
  layer: BasemapLayer,
  pick: (properties: Record<string, unknown>, index: number) => Omit<BasemapProperties, "layer">,
  decimals = 5,
): Feature<Geometry, BasemapProperties>[] {
  return collection.features.map((feature, index) => {
    if (!feature.geometry) throw new TypeError(`${layer} feature ${index} has no geometry`);
    return {
      type: "Feature",
      properties: { layer, ...pick(feature.properties ?? {}, index) },
      geometry: roundGeometry(feature.geometry, decimals),
    };
  });
}
