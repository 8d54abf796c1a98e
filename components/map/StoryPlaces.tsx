"use client";

import { GeoJSON } from "react-leaflet";
import type { StoryMapModel } from "@/content/model";
import { approximateAreaStyle, palette } from "./basemapStyle";
import { MapLabel } from "./MapLabel";
import type { LabelSide } from "@/geo/labelLayout";

/**
 * The places the active chapter highlights. A place known only roughly is drawn as its
 * uncertainty disc, labelled at its top edge, with no pin at a centre nobody knows; a
 * precise place as a small dot. Every one is labelled.
 */
export function StoryPlaces({
  model,
  highlight,
  sides,
}: {
  model: StoryMapModel;
  highlight: readonly string[];
  /** Sides the camera chose for labels that would not fit on their preferred side. */
  sides: Readonly<Record<string, LabelSide>>;
}) {
  const shown = new Set(highlight);
  const places = model.places.features.filter((f) => shown.has(f.properties.id));
  const areas = model.areas.features.filter((f) => shown.has(f.properties.id));
  return (
    <>
      {areas.map((area) => (
        <GeoJSON key={`area-${area.properties.id}`} data={area} style={approximateAreaStyle} interactive={false} />
      ))}
      {places.map(({ properties: { id, label, labelSide, labelAnchors, approximate } }) => {
        const side = sides[id] ?? labelSide;
        return (
          <MapLabel key={`${id}-${side}`} at={labelAnchors[side]} side={side} dot={approximate ? undefined : { fill: palette.context }}>
            {label}
          </MapLabel>
        );
      })}
    </>
  );
}
