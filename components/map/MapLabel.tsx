"use client";

import { useMemo } from "react";
import { CircleMarker, Marker } from "react-leaflet";
import L from "leaflet";
import type { LngLat } from "@/geo/types";
import type { LabelSide } from "@/geo/labelLayout";
import { toLatLng } from "./leafletAdapter";
import { escapeHtml } from "./escapeHtml";

/**
 * The label's element: text in a box that CSS hangs on one side of the point, `--map-label-gap`
 * away (the gap `labelBox` assumes). It is a marker icon, not a Leaflet tooltip: a tooltip
 * measures itself (`offsetWidth`) each time the map moves, which forces a layout per label per
 * frame while the camera flies; a marker only gets a new transform.
 */
export function labelIcon(text: string, side: LabelSide | "center", variant?: string): L.DivIcon {
  return L.divIcon({
    className: "map-label-anchor",
    // No size and no anchor: the icon is a zero-size box at the point, and CSS places the text.
    iconSize: undefined,
    html: `<span class="map-label map-label--${side}${variant ? ` map-label--${variant}` : ""}">${escapeHtml(text)}</span>`,
  });
}

/**
 * A text label on the map, hung from a point, on one side of it. With `dot`, the point is
 * drawn as a small place marker; without, only the text shows. Labels live in Leaflet's
 * tooltip pane, above places and paths, and are not interactive.
 */
export function MapLabel({
  at,
  side,
  variant,
  dot,
  children,
}: {
  at: LngLat;
  side: LabelSide | "center";
  variant?: string;
  dot?: { fill: string };
  children: string;
}) {
  const icon = useMemo(() => labelIcon(children, side, variant), [children, side, variant]);
  const position = toLatLng(at);
  return (
    <>
      {dot && (
        <CircleMarker
          center={position}
          radius={6}
          pathOptions={{ color: "#ffffff", weight: 2, fillColor: dot.fill, fillOpacity: 1 }}
          interactive={false}
        />
      )}
      <Marker position={position} icon={icon} pane="tooltipPane" interactive={false} keyboard={false} />
    </>
  );
}
