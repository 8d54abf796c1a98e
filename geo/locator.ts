import bbox from "@turf/bbox";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { assertLngLat, bboxContainsPoint } from "./coords";
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

/**
 * A small orientation map: the focus country and its neighbours, fitted into a
 * width × height box (equirectangular, scaled by the cosine of the middle latitude, which
 * at this scale reads as the familiar shape), with the story's city marked.
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
  const ringPath = (ring: Position[]) => `M${ring.map((p) => project(p).join(",")).join("L")}Z`;
  const overlaps = (c: Country) => {
    const [w, s, e, n] = bbox(c);
    return w < view[2] && e > view[0] && s < view[3] && n > view[1];
  };
  const shapes = countries.features.filter(overlaps).map((country) => {
    const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
    return {
      name: country.properties.name,
      d: polygons.flatMap((rings) => rings.map(ringPath)).join(""),
      focus: country === focus,
    };
  });
  const [x, y] = project(cityAt);
  return { width, height, shapes, marker: { x, y } };
}
