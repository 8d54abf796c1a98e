import type { PathOptions } from "leaflet";
import type { BasemapLayer } from "@/geo/basemap";

/**
 * A quiet news-graphic basemap: muted land, blue water, thin outlines. Only shapes are set
 * here (widths, dashes, opacities) and a class per layer: the colours are the theme's, in
 * app/globals.css (`--map-*`), so that the page's light and dark themes, the static map and
 * the key all draw from one palette. CSS outranks the attributes Leaflet writes.
 */
export const basemapStyles: Record<Exclude<BasemapLayer, "label">, PathOptions> = {
  district: { weight: 1, fillOpacity: 1, className: "layer-districts" },
  river: { weight: 1, fillOpacity: 1, className: "layer-river" },
  bridge: { weight: 3, lineCap: "butt", className: "layer-bridges" },
  "green-zone": { weight: 2, dashArray: "6 4", fillOpacity: 0.18, className: "layer-green-zone" },
};

export const approximateAreaStyle: PathOptions = {
  className: "layer-approximate-area",
  weight: 1.5,
  dashArray: "4 4",
  fillOpacity: 0.12,
};

/** The flight path (dashed: its route was never published) and the stretch the drone has flown. */
export const flightPathStyle: PathOptions = { weight: 2.5, dashArray: "2 7", lineCap: "round" };
export const flownStyle: PathOptions = { weight: 3.5 };

/** A place's dot on the story map. */
export const placeDotStyle: PathOptions = { weight: 2, fillOpacity: 1 };
