import L from "leaflet";
import type { BBox, LngLat } from "@/geo/types";

/** The one place where GeoJSON's [lng, lat] becomes Leaflet's [lat, lng]. */
export function toLatLng([lng, lat]: LngLat): L.LatLng {
  return L.latLng(lat, lng);
}

export function toLatLngBounds([west, south, east, north]: BBox): L.LatLngBounds {
  return L.latLngBounds(L.latLng(south, west), L.latLng(north, east));
}

export function fromLatLngBounds(bounds: L.LatLngBounds): BBox {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}
