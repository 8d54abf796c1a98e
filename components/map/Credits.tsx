"use client";

import { escapeHtml } from "./escapeHtml";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Puts the map data credits that SOURCES.md requires into the attribution control. */
export function Credits({ prefix, credits, fullCredits }: { prefix: string; credits: readonly string[]; fullCredits: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    if (!control) return;
    control.setPrefix(prefix);
    const entries = [...credits.map(escapeHtml), `<a href="#credits">${escapeHtml(fullCredits)}</a>`];
    entries.forEach((entry) => control.addAttribution(entry));
    return function removeCredits() {
      entries.forEach((entry) => control.removeAttribution(entry));
    };
  }, [map, prefix, credits, fullCredits]);
  return null;
}
