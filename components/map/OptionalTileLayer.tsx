"use client";

import { useEffect, useRef } from "react";
import { TileLayer } from "react-leaflet";
import type L from "leaflet";
import type { TileSettings } from "./tileSettings";

/** After this many failed tiles with none loaded, the tile server is taken to be down. */
const FAILURES_BEFORE_FALLBACK = 4;

/**
 * The opt-in raster layer. If its server fails, it reports once so the map can show
 * the offline basemap in full again; it never blocks or replaces that basemap.
 */
export function OptionalTileLayer({ settings, onUnavailable }: { settings: TileSettings; onUnavailable: () => void }) {
  const layer = useRef<L.TileLayer>(null);
  useEffect(() => {
    const tiles = layer.current;
    if (!tiles) return;
    let failures = 0;
    let loaded = 0;
    const countFailure = () => {
      failures += 1;
      if (loaded === 0 && failures === FAILURES_BEFORE_FALLBACK) onUnavailable();
    };
    const countLoad = () => {
      loaded += 1;
    };
    tiles.on("tileerror", countFailure);
    tiles.on("tileload", countLoad);
    return function stopCountingTiles() {
      tiles.off("tileerror", countFailure);
      tiles.off("tileload", countLoad);
    };
  }, [onUnavailable]);
  return <TileLayer ref={layer} url={settings.url} attribution={settings.attribution} zIndex={1} />;
}
