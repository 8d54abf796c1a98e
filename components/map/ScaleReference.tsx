"use client";

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import { metresPerPixel } from "@/geo/measures";

/**
 * A bar showing what a given distance measures at the map's current scale, captioned as a
 * scale reference: for distances the story states without a position to draw them at.
 */
export function ScaleReference({ metres, caption }: { metres: number; caption: string }) {
  const map = useMap();
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const measure = () => setWidth(metres / metresPerPixel(map.getCenter().lat, map.getZoom()));
    measure();
    map.on("zoomend moveend", measure);
    return function stopMeasuring() {
      map.off("zoomend moveend", measure);
    };
  }, [map, metres]);
  if (width === null) return null;
  return (
    <div className="map-scale-reference" data-scale-metres={metres}>
      <div className="map-scale-reference__bar" style={{ width: `${width.toFixed(1)}px` }} />
      <p className="map-scale-reference__caption">{caption}</p>
    </div>
  );
}
