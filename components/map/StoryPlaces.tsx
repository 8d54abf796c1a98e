"use client";

import { CircleMarker, GeoJSON, Tooltip } from "react-leaflet";
import type { PointExpression } from "leaflet";
import type { StoryMapModel } from "@/content/model";
import type { LabelSide } from "@/content/schema";
import { toLatLng } from "./leafletAdapter";
import { approximateAreaStyle, palette } from "./basemapStyle";

const LABEL_OFFSET: Record<LabelSide, PointExpression> = {
  right: [8, 0],
  left: [-8, 0],
  top: [0, -4],
  bottom: [0, 4],
};

/**
 * The places the active chapter highlights. A place known only roughly is drawn as its
 * uncertainty disc, labelled at its top edge, with no pin at a centre nobody knows; a
 * precise place as a small dot. Every one is labelled.
 */
export function StoryPlaces({ model, highlight }: { model: StoryMapModel; highlight: readonly string[] }) {
  const shown = new Set(highlight);
  const places = model.places.features.filter((f) => shown.has(f.properties.id));
  const areas = model.areas.features.filter((f) => shown.has(f.properties.id));
  return (
    <>
      {areas.map((area) => (
        <GeoJSON key={`area-${area.properties.id}`} data={area} style={approximateAreaStyle} interactive={false} />
      ))}
      {places.map(({ properties: { id, label, labelSide, labelAt, approximate } }) => (
        <CircleMarker
          key={id}
          center={toLatLng(labelAt)}
          radius={approximate ? 0 : 6}
          pathOptions={
            approximate
              ? { stroke: false, fill: false }
              : { color: "#ffffff", weight: 2, fillColor: palette.context, fillOpacity: 1 }
          }
          interactive={false}
        >
          <Tooltip permanent direction={labelSide} offset={LABEL_OFFSET[labelSide]} className="map-label">
            {label}
          </Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
