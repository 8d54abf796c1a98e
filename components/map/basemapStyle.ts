import type { PathOptions } from "leaflet";
import type { BasemapLayer } from "@/geo/basemap";

/**
 * A quiet news-graphic basemap: muted land, blue water, thin outlines.
 * Colours are chosen for contrast of the story layers drawn on top (WCAG 1.4.11).
 */
export const palette = {
  land: "#f2efe9",
  districtLine: "#cfc8bb",
  water: "#a9cce3",
  waterLine: "#7aaed0",
  bridge: "#4b5563",
  greenZoneFill: "#5f9e6e",
  greenZoneLine: "#2d6a3e",
  event: "#b42318",
  context: "#374151",
} as const;

export const basemapStyles: Record<Exclude<BasemapLayer, "label">, PathOptions> = {
  district: { color: palette.districtLine, weight: 1, fillColor: palette.land, fillOpacity: 1, className: "layer-districts" },
  river: { color: palette.waterLine, weight: 1, fillColor: palette.water, fillOpacity: 1 },
  bridge: { color: palette.bridge, weight: 3, lineCap: "butt", className: "layer-bridges" },
  "green-zone": {
    color: palette.greenZoneLine,
    weight: 2,
    dashArray: "6 4",
    fillColor: palette.greenZoneFill,
    fillOpacity: 0.18,
    className: "layer-green-zone",
  },
};

export const approximateAreaStyle: PathOptions = {
  className: "layer-approximate-area",
  color: palette.event,
  weight: 1.5,
  dashArray: "4 4",
  fillColor: palette.event,
  fillOpacity: 0.12,
};
