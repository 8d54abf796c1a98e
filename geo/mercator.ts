import type { BBox, LngLat } from "./types";

/**
 * Web Mercator in pixels, as Leaflet's default CRS (EPSG:3857) computes it: a world 256 × 2^zoom
 * pixels wide, y down. The same numbers as `map.project` / `map.unproject`, so a view can be
 * planned without a map, and tested without a browser.
 */
const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;
const RAD = Math.PI / 180;

export interface PixelPoint {
  x: number;
  y: number;
}

const worldSize = (zoom: number) => 256 * 2 ** zoom;

export function project([lng, lat]: LngLat, zoom: number): PixelPoint {
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * RAD);
  const x = EARTH_RADIUS * lng * RAD;
  const y = (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2;
  const scale = 0.5 / (Math.PI * EARTH_RADIUS);
  return { x: worldSize(zoom) * (scale * x + 0.5), y: worldSize(zoom) * (-scale * y + 0.5) };
}

export function unproject({ x, y }: PixelPoint, zoom: number): LngLat {
  const scale = 0.5 / (Math.PI * EARTH_RADIUS);
  const mx = (x / worldSize(zoom) - 0.5) / scale;
  const my = (y / worldSize(zoom) - 0.5) / -scale;
  return [mx / EARTH_RADIUS / RAD, (2 * Math.atan(Math.exp(my / EARTH_RADIUS)) - Math.PI / 2) / RAD];
}

/** The map's zoom rules: its limits and the step every zoom snaps to (Leaflet's zoomSnap). */
export interface ZoomRules {
  min: number;
  max: number;
  snap: number;
}

/** A zoom the map can hold: snapped to its step and within its limits (Leaflet's `_limitZoom`). */
export function snapZoom(zoom: number, { min, max, snap }: ZoomRules): number {
  const snapped = snap ? Math.round(zoom / snap) * snap : zoom;
  return Math.max(min, Math.min(max, snapped));
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The zoom at which `bounds` fits a map of `size` less `padding` on every side, rounded down to
 * the zoom step and within the limits: Leaflet's `getBoundsZoom(bounds, false, 2 × padding)`.
 */
export function boundsZoom([west, south, east, north]: BBox, size: Size, padding: number, rules: ZoomRules): number {
  const nw = project([west, north], 0);
  const se = project([east, south], 0);
  const scale = Math.min((size.width - 2 * padding) / (se.x - nw.x), (size.height - 2 * padding) / (se.y - nw.y));
  // A map no larger than its padding gives no scale: Leaflet then zooms in as far as it may.
  let zoom = scale > 0 ? Math.log2(scale) : Infinity;
  if (rules.snap) {
    zoom = Math.round(zoom / (rules.snap / 100)) * (rules.snap / 100);
    zoom = Math.floor(zoom / rules.snap) * rules.snap;
  }
  return Math.max(rules.min, Math.min(rules.max, zoom));
}

/**
 * Where the map's centre ends up when it may not show beyond `limits` (Leaflet's `_limitCenter`
 * for `maxBounds`): moved just enough to bring the view inside, or centred on the limits when
 * the view is larger than they are.
 */
export function limitCenter(center: LngLat, zoom: number, size: Size, limits: BBox | undefined): LngLat {
  if (!limits) return center;
  const c = project(center, zoom);
  const [west, south, east, north] = limits;
  const min = project([west, north], zoom);
  const max = project([east, south], zoom);
  const rebound = (left: number, right: number) =>
    left + right > 0 ? Math.round(left - right) / 2 : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right));
  const dx = rebound(min.x - (c.x - size.width / 2), -(max.x - (c.x + size.width / 2)));
  const dy = rebound(min.y - (c.y - size.height / 2), -(max.y - (c.y + size.height / 2)));
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return center;
  return unproject({ x: c.x + dx, y: c.y + dy }, zoom);
}

/** What a map of `size` shows centred on `center` at `zoom` (Leaflet's `getBounds`). */
export function viewBounds(center: LngLat, zoom: number, size: Size): BBox {
  const c = project(center, zoom);
  const [west, north] = unproject({ x: c.x - size.width / 2, y: c.y - size.height / 2 }, zoom);
  const [east, south] = unproject({ x: c.x + size.width / 2, y: c.y + size.height / 2 }, zoom);
  return [west, south, east, north];
}
