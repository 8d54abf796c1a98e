import area from "@turf/area";
import bboxClip from "@turf/bbox-clip";
import bboxPolygon from "@turf/bbox-polygon";
import polylabel from "polylabel";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { BBox, LngLat } from "./types";

/** A district, by the id its name is looked up with. */
export type DistrictFeature = Feature<Polygon | MultiPolygon, { id: string }>;

/** Where a district's name goes in one view, and the share of the view the district fills. */
export interface DistrictSpot {
  id: string;
  at: LngLat;
  share: number;
}

export interface DistrictSpotOptions {
  /** A district filling less of the view than this is not named in it. */
  minShare?: number;
  /** Names keep this share of the view's width and height away from its edges. */
  inset?: number;
}

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_EQUATOR = 111.32;

/**
 * Where to name the districts a view shows, so that a reader knows which part of the city
 * they are looking at: for each district filling enough of the view, the point of its visible
 * part farthest from that part's edges (its pole of inaccessibility, polylabel), kept away from
 * the view's edges. The districts filling most of the view come first.
 */
export function districtSpots(districts: readonly DistrictFeature[], view: BBox, { minShare = 0.06, inset = 0.1 }: DistrictSpotOptions = {}): DistrictSpot[] {
  const [west, south, east, north] = view;
  if (!(east > west && north > south)) throw new RangeError(`districtSpots: the view [${view.join(", ")}] is empty`);
  if (!(inset >= 0 && inset < 0.5)) throw new RangeError(`districtSpots: inset must be in [0, 0.5), got ${inset}`);
  const dx = (east - west) * inset;
  const dy = (north - south) * inset;
  const inner: BBox = [west + dx, south + dy, east - dx, north - dy];
  const viewArea = area(bboxPolygon(view));
  // Local kilometres, so that polylabel's distances are the same in both directions.
  const kx = KM_PER_DEGREE_LNG_EQUATOR * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const toKm = (ring: Position[]) => ring.map(([x, y]) => [x! * kx, y! * KM_PER_DEGREE_LAT] as [number, number]);

  const spots: DistrictSpot[] = [];
  for (const district of districts) {
    const clipped = bboxClip(district, inner).geometry as Polygon | MultiPolygon;
    const polygons: Position[][][] = clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates;
    const pieces = polygons
      .filter((rings) => rings[0] && rings[0].length >= 4)
      .map((rings) => ({ rings, size: area({ type: "Polygon", coordinates: rings }) }))
      .filter((piece) => piece.size > 0);
    if (pieces.length === 0) continue;
    const share = area(bboxClip(district, view).geometry) / viewArea;
    if (share < minShare) continue;
    const largest = pieces.reduce((a, b) => (b.size > a.size ? b : a));
    const [x, y] = polylabel(largest.rings.map(toKm), 0.02);
    spots.push({ id: district.properties.id, at: [round5(x / kx), round5(y / KM_PER_DEGREE_LAT)], share });
  }
  return spots.sort((a, b) => b.share - a.share);
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
