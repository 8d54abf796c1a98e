"use client";

import { useMemo } from "react";
import { Marker } from "react-leaflet";
import L from "leaflet";
import type { LngLat } from "@/geo/types";
import type { LabelPlacement } from "@/geo/frame";
import { toLatLng } from "./leafletAdapter";
import { escapeHtml } from "./escapeHtml";

/**
 * Pixels between a label's anchor and its text, by what it names: a place's dot (radius 6,
 * so the text starts just clear of it), the edge of an uncertainty circle (the text touches
 * it), a path the drone flies along (clear of the 26 px drone), or an area it is centred on.
 * The stylesheet sets the same gaps (`.map-label--on-<kind>`): a strict CSP allows no inline style.
 */
export const LABEL_GAP = { point: 10, area: 4, path: 16, name: 0 } as const;
export type LabelAnchor = keyof typeof LABEL_GAP;

/**
 * The label's element: text in a box that CSS hangs on one side of the point, LABEL_GAP[on] px away
 * (the gap `labelBox` assumes). Lines break where the camera measured them (`\n`), so the
 * box is the one it planned. It is a marker icon, not a Leaflet tooltip: a tooltip measures
 * itself (`offsetWidth`) each time the map moves, which forces a layout per label per frame
 * while the camera flies; a marker only gets a new transform.
 */
export function labelIcon(text: string, side: LabelPlacement, options: { variant?: string; on?: LabelAnchor; labelFor?: string } = {}): L.DivIcon {
  const { variant, on, labelFor } = options;
  const classes = ["map-label", `map-label--${side}`, variant && `map-label--${variant}`, on && `map-label--on-${on}`].filter(Boolean).join(" ");
  const data = labelFor ? ` data-label-for="${escapeHtml(labelFor)}"` : "";
  return L.divIcon({
    className: "map-label-anchor",
    // No size and no anchor: the icon is a zero-size box at the point, and CSS places the text.
    iconSize: undefined,
    html: `<span class="${classes}"${data}>${escapeHtml(text)}</span>`,
  });
}

/**
 * A text label on the map, hung from a point, on one side of it (the point itself is drawn by
 * whoever places the label). Labels live in Leaflet's tooltip pane, above places and paths,
 * and are not interactive.
 */
export function MapLabel({
  at,
  side,
  variant,
  on,
  labelFor,
  children,
}: {
  at: LngLat;
  side: LabelPlacement;
  variant?: string;
  /** What the label hangs from, which sets its gap. */
  on?: LabelAnchor;
  /** The id of what it names, for tests that check the label sits against it. */
  labelFor?: string;
  children: string;
}) {
  const icon = useMemo(() => labelIcon(children, side, { variant, on, labelFor }), [children, side, variant, on, labelFor]);
  return <Marker position={toLatLng(at)} icon={icon} pane="tooltipPane" interactive={false} keyboard={false} />;
}
