import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { BBox, LngLat } from "./types";

export interface StaticMapPlace {
  id: string;
  label: string;
  at: LngLat;
  approximate: boolean;
  /** Radius of the uncertainty disc, in metres. */
  radiusM: number;
}

export interface StaticMapLayer {
  className: string;
  d: string;
}

export interface StaticMap {
  width: number;
  height: number;
  layers: StaticMapLayer[];
  places: { id: string; label: string; x: number; y: number; r: number; approximate: boolean }[];
}

/** Web Mercator, scaled so that `view` fills width × height (the map the reader sees with JS). */
function projector(view: BBox, width: number) {
  const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [west, south, east, north] = view;
  const scale = width / (east - west);
  const top = mercY(north);
  const yScale = (scale * 180) / Math.PI;
  const height = (top - mercY(south)) * yScale;
  const project = ([lng, lat]: Position): [number, number] => [
    Math.round((lng! - west) * scale * 10) / 10,
    Math.round((top - mercY(lat!)) * yScale * 10) / 10,
  ];
  return { project, height: Math.round(height), metresToPx: (m: number, lat: number) => (m / (111320 * Math.cos((lat * Math.PI) / 180))) * scale };
}

function pathOf(geometry: Geometry, project: (p: Position) => [number, number]): string {
  const line = (ring: Position[], close: boolean) => `M${ring.map((p) => project(p).join(",")).join("L")}${close ? "Z" : ""}`;
  switch (geometry.type) {
    case "LineString":
      return line(geometry.coordinates, false);
    case "MultiLineString":
      return geometry.coordinates.map((l) => line(l, false)).join("");
    case "Polygon":
      return geometry.coordinates.map((r) => line(r, true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.flatMap((p) => p.map((r) => line(r, true))).join("");
    default:
      return "";
  }
}

/**
 * A static overview map as SVG paths, drawn at build time from the same GeoJSON as the
 * interactive map: for readers without JavaScript, and for print.
 */
export function staticMap(
  layers: { className: string; features: FeatureCollection | Feature[] }[],
  places: readonly StaticMapPlace[],
  view: BBox,
  width: number,
): StaticMap {
  if (!(view[2] > view[0] && view[3] > view[1])) throw new RangeError(`static map: empty view ${JSON.stringify(view)}`);
  const { project, height, metresToPx } = projector(view, width);
  return {
    width,
    height,
    layers: layers.map(({ className, features }) => ({
      className,
      d: (Array.isArray(features) ? features : features.features)
        .map((f) => (f.geometry ? pathOf(f.geometry, project) : ""))
        .join(""),
    })),
    places: places.map((p) => {
      const [x, y] = project(p.at);
      return { id: p.id, label: p.label, x, y, r: p.approximate ? Math.max(3, metresToPx(p.radiusM, p.at[1])) : 4, approximate: p.approximate };
    }),
  };
}
