"use client";

import { useEffect, useMemo, useRef } from "react";
import { Marker, Polyline, useMap } from "react-leaflet";
import L from "leaflet";
import type { StoryMapModel } from "@/content/model";
import type { ProgressStore } from "@/components/story/progressStore";
import { flownAt, positionAt } from "@/geo/flight";
import { toLatLng } from "./leafletAdapter";
import { flightPathStyle, flownStyle } from "./basemapStyle";
import { MapLabel } from "./MapLabel";
import type { LabelPlacement } from "@/geo/frame";

export const FLIGHT_LABEL_ID = "flight-path-label";

/** Where the flight path's label hangs: half way along it, to the left. */
export function flightLabelAt(flight: StoryMapModel["flight"]) {
  return positionAt(flight.path, 0.5);
}

/**
 * The schematic flight path: dashed, because the route was never published. Its label goes
 * where `label` says (the camera's plan), or on its left in explore mode; none without room.
 */
export function FlightPath({ flight, label }: { flight: StoryMapModel["flight"]; label: { side: LabelPlacement; text: string } | null }) {
  const positions = useMemo(() => flight.path.map(toLatLng), [flight]);
  const middle = flightLabelAt(flight);
  return (
    <>
      <Polyline
        positions={positions}
        // A path's class is only read when Leaflet creates it, so it goes in the options, not pathOptions.
        className="layer-flight-path"
        pathOptions={flightPathStyle}
        interactive={false}
      />
      {label && (
        <MapLabel key={label.side} at={middle} side={label.side} variant="note" on="path" labelFor={FLIGHT_LABEL_ID}>
          {label.text}
        </MapLabel>
      )}
    </>
  );
}

const droneIcon = L.divIcon({
  className: "drone-marker",
  iconSize: [26, 26],
  iconAnchor: [13, 13],
  // Coloured by the theme (app/globals.css, .drone-marker__*).
  html: '<svg viewBox="0 0 26 26" aria-hidden="true"><circle class="drone-marker__body" cx="13" cy="13" r="11" stroke-width="2"/><path class="drone-marker__rotors" d="M7 7l12 12M19 7L7 19" stroke-width="2.2" stroke-linecap="round"/><circle class="drone-marker__hub" cx="13" cy="13" r="2.6"/></svg>',
});

/**
 * The drone, moved along the path as the reader scrolls through the flight chapter, with
 * the stretch already flown drawn solid. It listens to the progress store and moves the
 * Leaflet layers directly: no React render per scroll frame.
 */
export function Drone({ flight, progress, title }: { flight: StoryMapModel["flight"]; progress: ProgressStore; title: string }) {
  const map = useMap();
  const marker = useRef<L.Marker>(null);
  const flown = useRef<L.Polyline>(null);
  const start = useMemo(() => toLatLng(flight.path[0]!), [flight]);

  useEffect(() => {
    const container = map.getContainer();
    const follow = (share: number) => {
      marker.current?.setLatLng(toLatLng(positionAt(flight.path, share)));
      flown.current?.setLatLngs(flownAt(flight.path, share).map(toLatLng));
      container.setAttribute("data-drone-progress", share.toFixed(2));
    };
    follow(progress.get());
    const unsubscribe = progress.subscribe(follow);
    return function stopFollowingProgress() {
      unsubscribe();
      container.removeAttribute("data-drone-progress");
    };
  }, [map, flight, progress]);

  return (
    <>
      <Polyline ref={flown} positions={[start]} className="layer-flown" pathOptions={flownStyle} interactive={false} />
      <Marker ref={marker} position={start} icon={droneIcon} interactive={false} keyboard={false} title={title} />
    </>
  );
}
