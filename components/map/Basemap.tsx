"use client";

import { useEffect, useState } from "react";
import { GeoJSON, Pane, useMapEvents } from "react-leaflet";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { MapLabel } from "./MapLabel";
import type { MapName } from "@/content/model";
import type { BasemapLayer, BasemapProperties } from "@/geo/basemap";
import { basemapStyles } from "./basemapStyle";

export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

/** Fetched once, after the text, from the static file the build writes. */
export function useBasemap(url: string): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`basemap: HTTP ${response.status} for ${url}`);
        return response.json() as Promise<Basemap>;
      })
      .then(setBasemap)
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") console.warn((error as Error).message);
      });
    return function abortBasemapFetch() {
      controller.abort();
    };
  }, [url]);
  return basemap;
}

function layerOf(basemap: Basemap, layer: BasemapLayer): FeatureCollection {
  return { type: "FeatureCollection", features: basemap.features.filter((f) => f.properties.layer === layer) };
}

type DrawnLayer = Exclude<BasemapLayer, "label">;
const styleOf = (feature?: Feature) => basemapStyles[(feature?.properties as BasemapProperties).layer as DrawnLayer];

/**
 * Land, districts and the river: always drawn, under the story layers. Over opt-in
 * tiles only their outlines are drawn, so the tiles show through.
 */
export function BasemapGround({ basemap, translucent, names }: { basemap: Basemap; translucent: boolean; names: readonly MapName[] }) {
  const style = translucent ? (feature?: Feature) => ({ ...styleOf(feature), fillOpacity: 0 }) : styleOf;
  return (
    <Pane name="basemap-ground" style={{ zIndex: 250 }}>
      <GeoJSON key={String(translucent)} data={layerOf(basemap, "district")} style={style} interactive={false} />
      <GeoJSON key={`river-${translucent}`} data={layerOf(basemap, "river")} style={style} interactive={false} />
      <BasemapNames names={names} of="district" />
      <BasemapNames names={names} of="river" />
    </Pane>
  );
}

/**
 * Explore mode's district names, each at the middle of its district's part of the region: from
 * the zoom at which the city's districts are far enough apart for their names (below it they
 * would run into one another); closer in, the names of districts in view remain.
 */
export const DISTRICT_NAMES_MIN_ZOOM = 11;

export function ExploreDistrictNames({ names }: { names: readonly MapName[] }) {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(() => map.getZoom());
  return zoom >= DISTRICT_NAMES_MIN_ZOOM ? <BasemapNames names={names} of="district" /> : null;
}

/** A basemap layer a chapter switches on (the Green Zone, the bridges), with its name. */
export function BasemapOverlay({ basemap, layer, names = [] }: { basemap: Basemap; layer: DrawnLayer; names?: readonly MapName[] }) {
  return (
    <>
      <GeoJSON data={layerOf(basemap, layer)} style={styleOf} interactive={false} />
      <BasemapNames names={names} of={layer} />
    </>
  );
}

/** Names of basemap features (the Tigris, the Green Zone), in the style of what they name. */
function BasemapNames({ names, of }: { names: readonly MapName[]; of: DrawnLayer }) {
  return names
    .filter((name) => name.names === of)
    .map((name) => (
      <MapLabel key={name.id} at={name.at} side="center" variant={of} on="name" labelFor={name.id}>
        {name.text}
      </MapLabel>
    ));
}
