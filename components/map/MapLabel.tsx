"use client";

import type { ReactNode } from "react";
import { CircleMarker, Tooltip } from "react-leaflet";
import type { PointExpression } from "leaflet";
import type { LngLat } from "@/geo/types";
import type { LabelSide } from "./labelFit";
import { toLatLng } from "./leafletAdapter";

const OFFSET: Record<LabelSide | "center", PointExpression> = {
  right: [8, 0],
  left: [-8, 0],
  top: [0, -4],
  bottom: [0, 4],
  center: [0, 0],
};

/**
 * A text label on the map, hung from a point, on one side of it. With `dot`, the point is
 * drawn as a small place marker; without, it is invisible and only the text shows.
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
  children: ReactNode;
}) {
  return (
    <CircleMarker
      center={toLatLng(at)}
      radius={dot ? 6 : 0}
      pathOptions={dot ? { color: "#ffffff", weight: 2, fillColor: dot.fill, fillOpacity: 1 } : { stroke: false, fill: false }}
      interactive={false}
    >
      <Tooltip permanent direction={side} offset={OFFSET[side]} className={`map-label${variant ? ` map-label--${variant}` : ""}`}>
        {children}
      </Tooltip>
    </CircleMarker>
  );
}
