import bbox from "@turf/bbox";
import bboxClip from "@turf/bbox-clip";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { assertLngLat, bboxContainsPoint } from "./coords";
import { compactPath } from "./staticMap";
import type { BBox, LngLat } from "./types";

export interface LocatorShape {
  name: string;
  d: string;
  focus: boolean;
}

export interface LocatorMap {
  width: number;
  height: number;
  shapes: LocatorShape[];
  marker: { x: number; y: number };
}

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** How far beyond the drawing neighbours are cut, in its units: enough for their outline not to show. */
const CUT_MARGIN = 4;

/**
 * A small orientation map: the focus country and its neighbours, fitted into a
 * width × height box (equirectangular, scaled by the cosine of the middle latitude, which
 * at this scale reads as the familiar shape), with the story's city marked. Neighbours are
 * cut a little beyond the box (their cut edges fall outside the drawing), and the paths are
 * written in whole units, in relative steps: the inset is in every page's HTML.
 */
export function locatorMap(
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  focusName: string,
  city: LngLat,
  { width, height, marginDeg = 1 }: { width: number; height: number; marginDeg?: number },
): LocatorMap {
  const focus = countries.features.find((c) => c.properties.name === focusName);
  if (!focus) throw new RangeError(`locator: no country named "${focusName}"`);
  const cityAt = assertLngLat(city, "locator city");
  const [w0, s0, e0, n0] = bbox(focus);
  if (!bboxContainsPoint([w0, s0, e0, n0], cityAt)) throw new RangeError(`locator: the city lies outside ${focusName}`);
  const view: BBox = [w0 - marginDeg, s0 - marginDeg, e0 + marginDeg, n0 + marginDeg];
  const cos = Math.cos((((view[1] + view[3]) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((view[2] - view[0]) * cos), height / (view[3] - view[1]));
  const offsetX = (width - (view[2] - view[0]) * cos * scale) / 2;
  const offsetY = (height - (view[3] - view[1]) * scale) / 2;
  const project = ([lng, lat]: Position): [number, number] => [
    Math.round(((lng! - view[0]) * cos * scale + offsetX) * 10) / 10,
    Math.round(((view[3] - lat!) * scale + offsetY) * 10) / 10,
  ];
  // What can be seen: the box (wider or taller than the view, whichever it fits), and a margin.
  const seen: BBox = [
    view[0] - (offsetX + CUT_MARGIN) / (cos * scale),
    view[1] - (offsetY + CUT_MARGIN) / scale,
    view[2] + (offsetX + CUT_MARGIN) / (cos * scale),
    view[3] + (offsetY + CUT_MARGIN) / scale,
  ];
  const overlaps = (c: Country) => {
    const [w, s, e, n] = bbox(c);
    return w < view[2] && e > view[0] && s < view[3] && n > view[1];
  };
  const shapes = countries.features.filter(overlaps).map((country) => {
    const { geometry } = bboxClip(country, seen) as Country;
    const polygons: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const rings = polygons.flat().filter((ring) => ring.length > 3);
    return {
      name: country.properties.name,
      d: compactPath(rings.map((ring) => ({ ring: ring.map(project), closed: true }))),
      focus: country === focus,
    };
  });
  const [x, y] = project(cityAt);
  return { width, height, shapes, marker: { x, y } };
}
