"use client";

import { useEffect } from "react";
import { useMap } from "react-leaflet";
import L from "leaflet";
import type { ChapterMapState } from "@/content/model";
import type { LngLat, MapView } from "@/geo/types";
import { labelBox, shiftToFit, type LabelSide, type PixelBox } from "./labelFit";
import { fromLatLngBounds, toLatLng, toLatLngBounds } from "./leafletAdapter";
import { prefersReducedMotion } from "./motion";

/** Room left around a framed view, in pixels on each side, so places never touch the edge. */
const FRAME_PADDING = { x: 24, y: 24 };
/** The map's zoomSnap: targets are always whole steps of it. */
const ZOOM_STEP = 0.25;

interface CameraTarget {
  center: L.LatLng;
  zoom: number;
}

/** A label the camera keeps on screen: its text, its side, and the point it hangs from. */
export interface CameraLabel {
  text: string;
  side: LabelSide;
  at: LngLat;
}

const LABEL_HEIGHT = 18;
const measureCache = new Map<string, number>();
let measureContext: CanvasRenderingContext2D | null | undefined;

/** A label's width in pixels, measured once in the map labels' font. */
function labelWidth(text: string, font: string): number {
  let width = measureCache.get(text);
  if (width === undefined) {
    measureContext ??= document.createElement("canvas").getContext("2d");
    if (!measureContext) return text.length * 8;
    measureContext.font = font;
    width = Math.ceil(measureContext.measureText(text).width) + 4;
    measureCache.set(text, width);
  }
  return width;
}

/** Where the map must end up to frame a view, at its current size. */
function frameTarget(map: L.Map, view: MapView): CameraTarget {
  if (view.kind === "center") return { center: toLatLng(view.center), zoom: view.zoom };
  const bounds = toLatLngBounds(view.bounds);
  const zoom = Math.min(view.maxZoom, map.getBoundsZoom(bounds, false, L.point(2 * FRAME_PADDING.x, 2 * FRAME_PADDING.y)));
  const nw = map.project(bounds.getNorthWest(), zoom);
  const se = map.project(bounds.getSouthEast(), zoom);
  return { center: map.unproject(nw.add(se).divideBy(2), zoom), zoom };
}

/**
 * The framed view, moved (or, if it must, zoomed out a step at a time) until every label
 * and the framed places fit inside the map: on a phone a long label would otherwise be cut.
 */
function cameraTarget(map: L.Map, view: MapView, labels: readonly CameraLabel[]): CameraTarget {
  const framed = frameTarget(map, view);
  if (labels.length === 0) return framed;
  const size = map.getSize();
  const font = getComputedStyle(map.getContainer()).getPropertyValue("--map-label-font").trim() || "600 13px sans-serif";
  for (let zoom = framed.zoom; zoom >= map.getMinZoom(); zoom -= ZOOM_STEP) {
    const centre = map.project(framed.center, zoom);
    const origin = centre.subtract(size.divideBy(2));
    const at = (lngLat: LngLat) => map.project(toLatLng(lngLat), zoom).subtract(origin);
    const boxes: PixelBox[] = labels.map((label) => {
      const p = at(label.at);
      return labelBox(p.x, p.y, label.side, labelWidth(label.text, font), LABEL_HEIGHT);
    });
    if (view.kind === "bounds") {
      const [sw, ne] = [at([view.bounds[0], view.bounds[1]]), at([view.bounds[2], view.bounds[3]])];
      boxes.push({ left: sw.x, right: ne.x, top: ne.y, bottom: sw.y });
    }
    const shift = shiftToFit(boxes, size.x, size.y);
    if (shift) return { center: map.unproject(centre.add([shift.dx, shift.dy]), zoom), zoom };
  }
  return framed;
}

/** True when the map already shows the target, to the pixel. */
function isAt(map: L.Map, { center, zoom }: CameraTarget): boolean {
  return map.getZoom() === zoom && map.project(map.getCenter(), zoom).distanceTo(map.project(center, zoom)) < 1;
}

function moveTo(map: L.Map, target: CameraTarget, type: "fly" | "ease" | "jump", durationMs: number) {
  const duration = durationMs / 1000;
  if (type === "fly") map.flyTo(target.center, target.zoom, { duration });
  // Leaflet reads a pan's duration from `options.pan`, which its type definitions omit.
  else if (type === "ease") map.setView(target.center, target.zoom, { animate: true, pan: { duration } } as L.ZoomPanOptions);
  else map.setView(target.center, target.zoom, { animate: false });
}

/**
 * Moves the map to the active chapter's view with that chapter's transition (a jump when
 * the reader prefers reduced motion). A newer chapter interrupts an older transition, so
 * the map settles on the last active chapter, never a stale one. Once settled, it reports
 * the chapter id and bounds on the map's container, for tests and the embed host.
 */
export function CameraController({ chapter, labels }: { chapter: ChapterMapState; labels: readonly CameraLabel[] }) {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    container.removeAttribute("data-map-view");

    const reportSettled = () => {
      container.setAttribute("data-map-view", chapter.id);
      container.setAttribute("data-map-bounds", fromLatLngBounds(map.getBounds()).map((n) => n.toFixed(5)).join(","));
    };
    // Starting a move can end an older, interrupted one: that moveend is not this chapter's.
    let starting = true;
    const reportUnlessStarting = () => {
      if (!starting) reportSettled();
    };
    const reframeAfterResize = () => moveTo(map, cameraTarget(map, chapter.view, labels), "jump", 0);

    map.on("moveend", reportUnlessStarting);
    map.on("resize", reframeAfterResize);
    const type = prefersReducedMotion() ? "jump" : chapter.transition.type;
    const target = cameraTarget(map, chapter.view, labels);
    moveTo(map, target, type, chapter.transition.durationMs);
    starting = false;
    // A jump has already arrived; an ease to where the map already is never fires moveend.
    if (type === "jump" || isAt(map, target)) reportSettled();

    return function stopFollowingChapter() {
      map.off("moveend", reportUnlessStarting);
      map.off("resize", reframeAfterResize);
    };
  }, [map, chapter, labels]);

  return null;
}
