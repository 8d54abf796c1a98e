import type { BBox, LngLat } from "@/geo/types";

/** A shareable explore view: `#map=zoom/lat/lon`, as many map sites write it. */
export interface SharedView {
  zoom: number;
  center: LngLat;
}

const MAP_HASH = /^#map=(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

/**
 * Reads `#map=zoom/lat/lon`. Anything malformed, out of the zoom range or outside the
 * region gives null, so a bad or hostile link is simply ignored.
 */
export interface MapHashLimits {
  minZoom: number;
  maxZoom: number;
  region: BBox;
}

export function parseMapHash(hash: string, limits: MapHashLimits): SharedView | null {
  if (hash.length > 64) return null;
  const match = MAP_HASH.exec(hash);
  if (!match) return null;
  const [zoom, lat, lng] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (zoom < limits.minZoom || zoom > limits.maxZoom) return null;
  const [west, south, east, north] = limits.region;
  if (lng < west || lng > east || lat < south || lat > north) return null;
  return { zoom, center: [lng, lat] };
}

/** Writes a view as `#map=zoom/lat/lon`: zoom to 2 decimals, position to 5 (about a metre). */
export function formatMapHash({ zoom, center: [lng, lat] }: SharedView): string {
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `#map=${trim(zoom, 2)}/${trim(lat, 5)}/${trim(lng, 5)}`;
}
