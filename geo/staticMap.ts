import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { LabelSide } from "./labelLayout";
import type { BBox, LngLat } from "./types";

export interface StaticMapPlace {
  id: string;
  label: string;
  at: LngLat;
  approximate: boolean;
  /** Radius of the uncertainty disc, in metres. */
  radiusM: number;
  /** Where the label prefers to sit, and the point it hangs from on each side (the disc's edge). */
  labelSide: LabelSide;
  labelAnchors: Record<LabelSide, LngLat>;
}

/** A name the basemap puts on an area (the river, the Green Zone), at a point inside it. */
export interface StaticMapName {
  id: string;
  label: string;
  /** Where the name may be centred, best first: points inside the area, or on the river. */
  positions: LngLat[];
  /** What it names, for its style: "river", "green-zone". */
  variant: string;
}

export interface StaticMapPlaceXY {
  id: string;
  label: string;
  x: number;
  y: number;
  /** The disc's radius for an approximate place; the dot's for the others. */
  r: number;
  approximate: boolean;
  labelSide: LabelSide;
  anchors: Record<LabelSide, [number, number]>;
}

export interface StaticMapLayer {
  className: string;
  d: string;
}

export interface StaticMap {
  width: number;
  height: number;
  layers: StaticMapLayer[];
  places: StaticMapPlaceXY[];
  names: { id: string; label: string; positions: [number, number][]; variant: string }[];
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

/** A geometry's lines and rings, each with whether it closes. */
function partsOf(geometry: Geometry): { ring: Position[]; closed: boolean }[] {
  switch (geometry.type) {
    case "LineString":
      return [{ ring: geometry.coordinates, closed: false }];
    case "MultiLineString":
      return geometry.coordinates.map((ring) => ({ ring, closed: false }));
    case "Polygon":
      return geometry.coordinates.map((ring) => ({ ring, closed: true }));
    case "MultiPolygon":
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => ({ ring, closed: true })));
    default:
      return [];
  }
}

/**
 * SVG path data for lines and rings, on a grid of whole units (under a pixel at the widths
 * the page draws the map), written in relative steps: the static map ships in the page's
 * HTML, twice (the markup and React's payload), so every byte counts.
 */
export function compactPath(parts: readonly { ring: readonly (readonly [number, number])[]; closed: boolean }[]): string {
  let out = "";
  let [cx, cy] = [0, 0];
  const step = (dx: number, dy: number) => `${dx}${dy < 0 ? "" : " "}${dy}`;
  for (const { ring, closed } of parts) {
    const points = ring
      .map(([x, y]) => [Math.round(x), Math.round(y)] as const)
      .filter(([x, y], i, all) => i === 0 || x !== all[i - 1]![0] || y !== all[i - 1]![1]);
    if (closed && points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]) points.pop();
    if (points.length < 2) continue;
    const [sx, sy] = points[0]!;
    let [px, py] = [sx, sy];
    const steps = points.slice(1).map(([x, y]) => {
      const s = step(x - px, y - py);
      [px, py] = [x, y];
      return s;
    });
    out += `m${step(sx - cx, sy - cy)}l${steps.join(" ").replace(/ -/g, "-")}${closed ? "z" : ""}`;
    // After a close the pen is back at the ring's start.
    [cx, cy] = closed ? [sx, sy] : [px, py];
  }
  return out;
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
  names: readonly StaticMapName[] = [],
): StaticMap {
  if (!(view[2] > view[0] && view[3] > view[1])) throw new RangeError(`static map: empty view ${JSON.stringify(view)}`);
  const { project, height, metresToPx } = projector(view, width);
  return {
    width,
    height,
    layers: layers.map(({ className, features }) => ({
      className,
      d: compactPath(
        (Array.isArray(features) ? features : features.features).flatMap((f) =>
          f.geometry ? partsOf(f.geometry).map(({ ring, closed }) => ({ ring: ring.map(project), closed })) : [],
        ),
      ),
    })),
    places: places.map((p) => {
      const [x, y] = project(p.at);
      const anchors = Object.fromEntries(
        Object.entries(p.labelAnchors).map(([side, at]) => [side, project(at)]),
      ) as Record<LabelSide, [number, number]>;
      const r = p.approximate ? Math.max(3, Math.round(metresToPx(p.radiusM, p.at[1]) * 10) / 10) : 4;
      return { id: p.id, label: p.label, x, y, r, approximate: p.approximate, labelSide: p.labelSide, anchors };
    }),
    names: names.map((n) => ({ id: n.id, label: n.label, positions: n.positions.map(project), variant: n.variant })),
  };
}
