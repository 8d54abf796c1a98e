"use client";

import { useEffect } from "react";
import { useMap } from "react-leaflet";

/** Writes the map's current zoom and centre on its container after every move, for tests and hosts. */
export function ViewReporter() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const report = () => {
      const { lat, lng } = map.getCenter();
      container.dataset.mapZoom = String(map.getZoom());
      container.dataset.mapCenter = `${lng.toFixed(5)},${lat.toFixed(5)}`;
    };
    report();
    map.on("moveend zoomend", report);
    return function stopReporting() {
      map.off("moveend zoomend", report);
    };
  }, [map]);
  return null;
}
