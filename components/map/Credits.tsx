"use client";

import L from "leaflet";
import { escapeHtml } from "./escapeHtml";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/**
 * The map's credits control, with the map data credits that SOURCES.md requires, in the
 * corner the edition's direction gives it. The map is created without Leaflet's own control
 * (MapContainer attributionControl={false}) and this one is made with its corner (moving a
 * control with setPosition re-adds it, which counts the layers' credits twice).
 */
export function Credits({
  prefix,
  credits,
  fullCredits,
  position,
}: {
  prefix: string;
  credits: readonly string[];
  fullCredits: string;
  position: L.ControlPosition;
}) {
  const map = useMap();
  useEffect(() => {
    const control = L.control.attribution({ position, prefix });
    control.addTo(map);
    // Leaflet credits the layers already on the map when the control is added, but only
    // withdraws the credit of layers added later, when they go: withdraw these too (the
    // optional tile layer, removed when its server fails, must take its credit with it).
    map.eachLayer((layer) => {
      const credit = layer.getAttribution?.();
      if (credit) layer.once("remove", () => control.removeAttribution(credit));
    });
    for (const entry of [...credits.map(escapeHtml), `<a href="#credits">${escapeHtml(fullCredits)}</a>`]) control.addAttribution(entry);
    return function removeCredits() {
      control.remove();
    };
  }, [map, prefix, credits, fullCredits, position]);
  return null;
}
