import type { BBox, LngLat } from "./types";

/**
 * Checks a GeoJSON position and returns it typed. `where` names the caller's context
 * so that the message points at the bad data.
 */
export function assertLngLat(position: unknown, where: string): LngLat {
  if (!Array.isArray(position) || position.length < 2) {
    throw new TypeError(`${where}: expected a [longitude, latitude] pair, got ${JSON.stringify(position)}`);
  }
  const [lng, lat] = position as unknown[];
  if (typeof lng !== "number" || typeof lat !== "number" || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new TypeError(`${where}: coordinates must be finite numbers, got ${JSON.stringify(position)}`);
  }
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
    throw new RangeError(`${where}: [${lng}, ${lat}] is out of range (GeoJSON order is [longitude, latitude])`);
  }
  return [lng, lat];
}

/** True when the position lies inside the box (edges included). */
export function bboxContainsPoint(box: BBox, [lng, lat]: LngLat): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}

/** True when `inner` lies wholly inside `outer`, allowing a tolerance in degrees. */
export function bboxContains(outer: BBox, inner: BBox, toleranceDeg = 0): boolean {
  return (
    inner[0] >= outer[0] - toleranceDeg &&
    inner[1] >= outer[1] - toleranceDeg &&
    inner[2] <= outer[2] + toleranceDeg &&
    inner[3] <= outer[3] + toleranceDeg
  );
}

/** The smallest box holding every box given. */
export function unionBBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) throw new RangeError("unionBBox: no boxes given");
  return boxes.reduce<BBox>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/**
 * Says whether a position that lies outside the story's region would lie inside it
 * with its two numbers swapped: the commonest hand-typing error in GeoJSON.
 */
export function looksSwapped(region: BBox, [lng, lat]: LngLat): boolean {
  return !bboxContainsPoint(region, [lng, lat]) && bboxContainsPoint(region, [lat, lng]);
}
