"use client";

import { Circle, CircleMarker } from "react-leaflet";
import type { LngLat } from "@/geo/types";
import type { StoryMapModel } from "@/content/model";
import { approximateAreaStyle, placeDotStyle } from "./basemapStyle";
import { MapLabel } from "./MapLabel";
import { toLatLng } from "./leafletAdapter";
import type { LabelPlan } from "./CameraController";

/**
 * The places the active chapter highlights. A place known only roughly is drawn as its
 * uncertainty disc, labelled against its edge, with no pin at a centre nobody knows; a
 * precise place as a small dot. Each label goes where the camera's plan puts it; one the
 * plan leaves out has no room, and the key names the place instead.
 */
export function StoryPlaces({ model, highlight, plan }: { model: StoryMapModel; highlight: readonly string[]; plan: LabelPlan | null }) {
  const shown = new Set(highlight);
  const places = model.places.features.filter((f) => shown.has(f.properties.id));
  return (
    <>
      {places.map(({ geometry, properties: { id, approximate, uncertaintyM } }) =>
        approximate ? (
          // Leaflet draws the disc from its centre and radius in metres: no polygon to send.
          <Circle
            key={`area-${id}`}
            center={toLatLng(geometry.coordinates as LngLat)}
            radius={uncertaintyM}
            pathOptions={approximateAreaStyle}
            // Read once, when Leaflet creates the path (pathOptions' className is not): it names the
            // circle for tests of label placement.
            className={`${approximateAreaStyle.className} map-area map-area--${id}`}
            interactive={false}
          />
        ) : null,
      )}
      {places.map(({ geometry, properties: { id, approximate } }) =>
        approximate ? null : (
          <CircleMarker
            key={`dot-${id}`}
            center={toLatLng(geometry.coordinates as LngLat)}
            radius={6}
            className={`map-dot map-dot--${id}`}
            pathOptions={placeDotStyle}
            interactive={false}
          />
        ),
      )}
      {places.map(({ properties: { id, approximate, labelAnchors } }) => {
        const placed = plan?.labels[id];
        if (!placed || placed.side === "center") return null;
        return (
          <MapLabel key={`${id}-${placed.side}`} at={labelAnchors[placed.side]} side={placed.side} on={approximate ? "area" : "point"} labelFor={id}>
            {placed.text}
          </MapLabel>
        );
      })}
    </>
  );
}
