"use client";

import dynamic from "next/dynamic";
import type { StoryMapProps } from "./StoryMap";

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Leaflet needs `window`, and the text must never wait for the map: the map is loaded
 * on the client only, after the page's own code, into a box that already has its size.
 * Leaflet's code runs first, in a task of its own, and the map's in the next one, so
 * neither holds a slow phone's main thread for long.
 */
const StoryMap = dynamic(async () => {
  await import("leaflet");
  await nextTask();
  return import("./StoryMap");
}, {
  ssr: false,
  loading: () => <div className="story-map__placeholder" aria-hidden="true" />,
});

export function StoryMapLoader(props: StoryMapProps) {
  return <StoryMap {...props} />;
}
