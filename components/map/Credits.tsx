"use client";

import { escapeHtml } from "./escapeHtml";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { ControlPosition } from "leaflet";

/** Puts the map data credits that SOURCES.md requires into the attribution control. */
export function Credits({
  prefix,
  credits,
  fullCredits,
  position,
}: {
  prefix: string;
  credits: readonly string[];
  fullCredits: string;
  /** The corner for the credits (Leaflet's own default is bottomright). */
  position: ControlPosition;
}) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    if (!control) return;
    control.setPosition(position);
    control.setPrefix(prefix);
    const entries = [...credits.map(escapeHtml), `<a href="#credits">${escapeHtml(fullCredits)}</a>`];
    entries.forEach((entry) => control.addAttribution(entry));
    return function removeCredits() {
      entries.forEach((entry) => control.removeAttribution(entry));
    };
  }, [map, prefix, credits, fullCredits, position]);
  return null;
}
