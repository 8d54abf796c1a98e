"use client";

import dynamic from "next/dynamic";
import type { StoryMapProps } from "./StoryMap";

/**
 * Leaflet needs `window`, and the text must never wait for the map: the map is loaded
 * on the client only, after the page's own code, into a box that already has its size.
 */
const StoryMap = dynamic(() => import("./StoryMap"), {
  ssr: false,
  loading: () => <div className="story-map__placeholder" aria-hidden="true" />,
});

export function StoryMapLoader(props: StoryMapProps) {
  return <StoryMap {...props} />;
}
