import type { FeatureCollection, Geometry } from "geojson";
import { bboxContainsPoint, looksSwapped, unionBBox } from "@/geo/coords";
import type { BBox, LngLat } from "@/geo/types";
import { ContentError } from "./validate";

/**
 * Validates the geodata files the map draws (the districts, the river, the bridges, the
 * Green Zone): each feature's geometry has an allowed type and well-formed coordinates —
 * lines of two positions or more, closed polygon rings of four or more — and every position
 * is a [longitude, latitude] pair of numbers in range, in the story's region and not
 * swapped. Problems name the feature by id and the field, e.g.
 * `feature "green_zone_schematic" (features[0]) › geometry.coordinates[0]: ring is not closed`.
 */

export type AreaGeometryType = "LineString" | "Polygon" | "MultiPolygon";

export interface CollectionRules {
  /** The geometry types the file may hold. */
  types: readonly AreaGeometryType[];
  /** The property that names a feature ("id", or ADM3_PCODE for the districts). */
  idProperty: string;
  /**
   * Where positions must lie. The districts define the region themselves, so their file
   * uses "others": a feature that lies, as a whole, where the others would lie swapped, or a
   * position that would lie among the others only once swapped, is reported as swapped.
   */
  region: BBox | "others";
}

/** One feature's problems are cut short: a swapped polygon has hundreds of bad positions. */
const PROBLEMS_PER_FEATURE = 3;

interface Position {
  field: string;
  at: LngLat;
}

const show = (value: unknown) => JSON.stringify(value) ?? String(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Structural problems of one geometry's coordinates, and the positions that are numbers in range. */
function readCoordinates(type: AreaGeometryType, coordinates: unknown, problems: string[]): Position[] {
  const positions: Position[] = [];
  const field = (path: readonly number[]) => `geometry.coordinates${path.map((i) => `[${i}]`).join("")}`;

  const list = (value: unknown, path: number[], what: string): unknown[] | null => {
    if (!Array.isArray(value)) {
      problems.push(`${field(path)}: expected ${what}, got ${show(value)}`);
      return null;
    }
    if (value.length === 0) {
      problems.push(`${field(path)}: empty (expected ${what})`);
      return null;
    }
    return value;
  };

  const position = (value: unknown, path: number[]): LngLat | null => {
    const numbers = Array.isArray(value) && (value.length === 2 || value.length === 3) && value.every((n) => typeof n === "number" && Number.isFinite(n));
    if (!numbers) {
      problems.push(`${field(path)}: expected a [longitude, latitude] pair of numbers, got ${show(value)}`);
      return null;
    }
    const [lng, lat] = value as number[];
    if (lng! < -180 || lng! > 180 || lat! < -90 || lat! > 90) {
      problems.push(`${field(path)}: [${lng}, ${lat}] is out of range (GeoJSON order is [longitude, latitude])`);
      return null;
    }
    positions.push({ field: field(path), at: [lng!, lat!] });
    return [lng!, lat!];
  };

  const line = (value: unknown, path: number[], minimum: number, what: string): (LngLat | null)[] | null => {
    const items = list(value, path, what);
    if (!items) return null;
    if (items.length < minimum) problems.push(`${field(path)}: ${what} needs at least ${minimum} positions, got ${items.length}`);
    return items.map((item, i) => position(item, [...path, i]));
  };

  const polygon = (value: unknown, path: number[]) => {
    const rings = list(value, path, "a polygon's rings of positions");
    rings?.forEach((ring, r) => {
      const points = line(ring, [...path, r], 4, "a polygon ring");
      if (!points || points.length < 4) return;
      const [first, last] = [points[0], points.at(-1)];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.push(`${field([...path, r])}: ring is not closed (it starts at [${first.join(", ")}] and ends at [${last.join(", ")}])`);
      }
    });
  };

  if (type === "LineString") line(coordinates, [], 2, "a line");
  else if (type === "Polygon") polygon(coordinates, []);
  else list(coordinates, [], "polygons")?.forEach((item, k) => polygon(item, [k]));
  return positions;
}

/** Where each position lies: in the region, and in [longitude, latitude] order. */
function positionProblems(positions: readonly Position[], region: BBox, checkInside: boolean): string[] {
  const problems: string[] = [];
  for (const { field, at } of positions) {
    if (looksSwapped(region, at)) problems.push(`${field}: [${at.join(", ")}] looks swapped; GeoJSON order is [longitude, latitude]`);
    else if (checkInside && !bboxContainsPoint(region, at)) {
      problems.push(`${field}: [${at.join(", ")}] lies outside the story's region ${JSON.stringify(region)}`);
    }
  }
  return problems;
}

const extentOf = (positions: readonly Position[]): BBox | null =>
  positions.length ? unionBBox(positions.map(({ at: [lng, lat] }) => [lng, lat, lng, lat] as BBox)) : null;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * For a file that defines the region itself (the districts): the features that lie,
 * as a whole, in [latitude, longitude] order — their centre is nearer the others' once
 * swapped. The median of the centres stands for "the others", so one swapped feature
 * cannot move it.
 */
function swappedFeatures(positionsByFeature: readonly Position[][]): (LngLat | null)[] {
  const centres = positionsByFeature.map((positions) => {
    const extent = extentOf(positions);
    return extent ? ([(extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2] as LngLat) : null;
  });
  const known = centres.filter((c): c is LngLat => c !== null);
  if (known.length < 2) return centres.map(() => null);
  const [mLng, mLat] = [median(known.map((c) => c[0])), median(known.map((c) => c[1]))];
  const distance = ([lng, lat]: LngLat) => Math.hypot(lng - mLng, lat - mLat);
  return centres.map((c) => (c && distance([c[1], c[0]]) < distance(c) ? c : null));
}

/** Every problem with where a file's positions lie. */
function regionProblems(positionsByFeature: readonly Position[][], region: BBox | "others"): string[][] {
  if (region !== "others") return positionsByFeature.map((positions) => positionProblems(positions, region, true));
  const swapped = swappedFeatures(positionsByFeature);
  return positionsByFeature.map((positions, i) => {
    const centre = swapped[i];
    if (centre) return [`geometry.coordinates: the feature lies around [${centre.map((n) => n.toFixed(4)).join(", ")}]: it looks swapped; GeoJSON order is [longitude, latitude]`];
    // A single swapped position: outside the other (unswapped) features' extent, inside it once swapped.
    const others = extentOf(positionsByFeature.flatMap((other, j) => (j === i || swapped[j] ? [] : other)));
    return others ? positionProblems(positions, others, false) : [];
  });
}

/**
 * Reads a geodata file as a FeatureCollection whose every feature has an id and a valid
 * geometry of an allowed type. Throws a ContentError listing every problem.
 */
export function parseFeatureCollection(raw: unknown, file: string, rules: CollectionRules): FeatureCollection<Geometry, Record<string, unknown>> {
  if (!isObject(raw) || raw.type !== "FeatureCollection") {
    throw new ContentError(file, [`(top level) › type: expected "FeatureCollection", got ${show(isObject(raw) ? raw.type : raw)}`]);
  }
  if (!Array.isArray(raw.features) || raw.features.length === 0) {
    throw new ContentError(file, [`(top level) › features: expected a non-empty array of features, got ${show(raw.features)}`]);
  }

  const seen = new Set<string>();
  const features = raw.features.map((feature: unknown, i) => {
    const problems: string[] = [];
    let positions: Position[] = [];
    const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : null;
    const id = properties?.[rules.idProperty];
    const name = typeof id === "string" && id ? `feature "${id}" (features[${i}])` : `feature (features[${i}])`;
    if (!isObject(feature) || feature.type !== "Feature") {
      problems.push(`type: expected "Feature", got ${show(isObject(feature) ? feature.type : feature)}`);
    } else {
      if (typeof id !== "string" || !id) problems.push(`properties.${rules.idProperty}: expected the feature's id, got ${show(id)}`);
      else if (seen.has(id)) problems.push(`properties.${rules.idProperty}: duplicate id`);
      if (typeof id === "string") seen.add(id);
      const geometry = feature.geometry;
      if (!isObject(geometry)) problems.push(`geometry: expected a geometry, got ${show(geometry)}`);
      else if (!rules.types.includes(geometry.type as AreaGeometryType)) {
        problems.push(`geometry.type: expected ${rules.types.join(" or ")}, got ${show(geometry.type)}`);
      } else {
        positions = readCoordinates(geometry.type as AreaGeometryType, geometry.coordinates, problems);
      }
    }
    return { name, problems, positions };
  });

  const placement = regionProblems(
    features.map(({ positions }) => positions),
    rules.region,
  );
  const problems = features.flatMap(({ name, problems: own }, i) => {
    const all = [...own, ...placement[i]!];
    const shown = all.slice(0, PROBLEMS_PER_FEATURE).map((problem) => `${name} › ${problem}`);
    if (all.length > PROBLEMS_PER_FEATURE) shown.push(`${name}: … and ${all.length - PROBLEMS_PER_FEATURE} more problems like these`);
    return shown;
  });
  if (problems.length) throw new ContentError(file, problems);
  return raw as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
}
