"use client";

import { useEffect } from "react";
import { useMap } from "react-leaflet";
import L from "leaflet";
import type { ChapterMapState } from "@/content/model";
import type { LngLat, MapView } from "@/geo/types";
import {
  boxInside,
  boxesOverlap,
  labelBox,
  placeLabels,
  shiftToFit,
  type LabelSide,
  type Margins,
  type PixelBox,
} from "@/geo/labelLayout";
import { fromLatLngBounds, toLatLng, toLatLngBounds } from "./leafletAdapter";
import { prefersReducedMotion } from "./motion";
import { labelMetrics, labelSize } from "./labelMeasure";

/** Room left around a framed view, in pixels on each side, so places never touch the edge. */
const FRAME_PADDING = { x: 24, y: 24 };
/** The map's zoomSnap: targets are always whole steps of it. */
const ZOOM_STEP = 0.25;

interface CameraTarget {
  center: L.LatLng;
  zoom: number;
  sides: LabelSides;
}

/** A label the camera keeps on screen: its text, its preferred side, and where it hangs on each side. */
export interface CameraLabel {
  id: string;
  text: string;
  side: LabelSide;
  anchors: Record<LabelSide, LngLat>;
}

/** The side each label was given so that it fits: see cameraTarget. */
export type LabelSides = Record<string, LabelSide>;

/**
 * The map's own furniture, which labels should stay clear of: the attribution along the
 * bottom and the scale reference along the top (as margins, full width), and the key and
 * the locator inset in the bottom corners (as boxes to avoid).
 */
function furniture(container: HTMLElement): { margins: Margins; obstacles: PixelBox[] } {
  const origin = container.getBoundingClientRect();
  const inMap = (selector: string) => container.querySelector<HTMLElement>(selector);
  const height = (element: HTMLElement | null) => element?.offsetHeight ?? 0;
  const boxOf = (element: Element | null | undefined): PixelBox[] => {
    if (!element) return [];
    const r = element.getBoundingClientRect();
    return r.width && r.height ? [{ left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top }] : [];
  };
  return {
    margins: { top: 8 + height(inMap(".map-scale-reference")), right: 8, left: 8, bottom: 8 + height(inMap(".leaflet-control-attribution")) },
    // The locator sits beside the map, in the story's map region; the key inside it.
    obstacles: [...boxOf(inMap(".map-legend")), ...boxOf(container.parentElement?.querySelector(".locator-inset"))],
  };
}

/** Where the map must end up to frame a view, at its current size. */
function frameTarget(map: L.Map, view: MapView): CameraTarget {
  if (view.kind === "center") return { center: toLatLng(view.center), zoom: view.zoom, sides: {} };
  const bounds = toLatLngBounds(view.bounds);
  const zoom = Math.min(view.maxZoom, map.getBoundsZoom(bounds, false, L.point(2 * FRAME_PADDING.x, 2 * FRAME_PADDING.y)));
  const nw = map.project(bounds.getNorthWest(), zoom);
  const se = map.project(bounds.getSouthEast(), zoom);
  return { center: map.unproject(nw.add(se).divideBy(2), zoom), zoom, sides: {} };
}

/**
 * The framed view, adjusted so that every label and the framed places fit inside the map,
 * clear of its furniture: each label takes the first of its sides that stays on screen
 * (its preferred side first), then the view shifts, and only if that cannot work does it
 * zoom out, a step at a time. On a phone a long label would otherwise be cut off.
 */
function cameraTarget(map: L.Map, view: MapView, labels: readonly CameraLabel[]): CameraTarget {
  const framed = frameTarget(map, view);
  if (labels.length === 0) return framed;
  const size = map.getSize();
  const container = map.getContainer();
  const metrics = labelMetrics(container);
  const { margins, obstacles } = furniture(container);
  const sizes = new Map(labels.map((label) => [label.id, labelSize(label.text, metrics)]));
  for (let zoom = framed.zoom; zoom >= map.getMinZoom(); zoom -= ZOOM_STEP) {
    const centre = map.project(framed.center, zoom);
    const origin = centre.subtract(size.divideBy(2));
    const at = (lngLat: LngLat) => map.project(toLatLng(lngLat), zoom).subtract(origin);
    const placements = placeLabels(
      labels.map((label) => ({
        preferred: label.side,
        boxOn: (side: LabelSide) => {
          const p = at(label.anchors[side]);
          const { width, height } = sizes.get(label.id)!;
          return labelBox(p.x, p.y, side, width, height);
        },
      })),
      (box) => boxInside(box, size.x, size.y, margins) && !obstacles.some((o) => boxesOverlap(o, box)),
    );
    const sides: LabelSides = Object.fromEntries(labels.map((label, i) => [label.id, placements[i]!.side]));
    const boxes: PixelBox[] = placements.map((p) => p.box);
    if (view.kind === "bounds") {
      const [sw, ne] = [at([view.bounds[0], view.bounds[1]]), at([view.bounds[2], view.bounds[3]])];
      boxes.push({ left: sw.x, right: ne.x, top: ne.y, bottom: sw.y });
    }
    const shift = shiftToFit(boxes, size.x, size.y, margins);
    if (shift) return { center: map.unproject(centre.add([shift.dx, shift.dy]), zoom), zoom, sides };
  }
  return framed;
}

/**
 * True when the map shows the target, to the pixel, or as near as its maxBounds let it
 * (Leaflet moves the centre inside them). A moveend that ends an interrupted or unrelated
 * move (a zoom animation still finishing) is not the target's.
 */
function isAt(map: L.Map, { center, zoom }: CameraTarget): boolean {
  if (map.getZoom() !== zoom) return false;
  // Leaflet 1.9's own clamping, the one setView and flyTo apply (not in its typings).
  const limit = (map as unknown as { _limitCenter(c: L.LatLng, z: number, b?: L.LatLngBounds): L.LatLng })._limitCenter;
  const reachable = limit.call(map, center, zoom, map.options.maxBounds as L.LatLngBounds | undefined);
  const here = map.project(map.getCenter(), zoom);
  // Leaflet truncates pans to whole pixels, so a settled view can be off by up to √2 px.
  return here.distanceTo(map.project(center, zoom)) < 2 || here.distanceTo(map.project(reachable, zoom)) < 2;
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
export function CameraController({
  chapter,
  labels,
  onLabelSides,
  paused,
}: {
  chapter: ChapterMapState;
  labels: readonly CameraLabel[];
  /** Told which side each label must take for the view the camera is moving to. */
  onLabelSides: (sides: LabelSides) => void;
  /** While the reader explores, the camera holds still; when they come back, it returns. */
  paused: boolean;
}) {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    container.removeAttribute("data-map-view");
    if (paused) return;

    const reportSettled = () => {
      container.setAttribute("data-map-view", chapter.id);
      container.setAttribute("data-map-bounds", fromLatLngBounds(map.getBounds()).map((n) => n.toFixed(5)).join(","));
    };
    let target = cameraTarget(map, chapter.view, labels);
    // Leaflet ignores a move requested while a zoom animation runs (setView returns early);
    // when the map stops somewhere else, send it on to the target, a bounded number of times.
    // Once arrived, later moves are the reader's (Ctrl + wheel, two fingers): left alone.
    let retries = 2;
    let arrived = false;
    const reportIfArrived = () => {
      if (arrived) return;
      if (isAt(map, target)) {
        arrived = true;
        reportSettled();
      } else if (retries-- > 0) moveTo(map, target, "jump", 0);
    };
    const reframeAfterResize = () => {
      target = cameraTarget(map, chapter.view, labels);
      arrived = false;
      retries = 2;
      onLabelSides(target.sides);
      moveTo(map, target, "jump", 0);
    };

    onLabelSides(target.sides);
    moveTo(map, target, prefersReducedMotion() ? "jump" : chapter.transition.type, chapter.transition.durationMs);
    // A jump has arrived already, and an ease to where the map already is never fires
    // moveend. Listening only from here on also ignores the moveend that starting this move
    // fires for an older one it interrupted.
    if (isAt(map, target)) reportIfArrived();
    map.on("moveend", reportIfArrived);
    map.on("resize", reframeAfterResize);

    return function stopFollowingChapter() {
      map.off("moveend", reportIfArrived);
      map.off("resize", reframeAfterResize);
    };
  }, [map, chapter, labels, onLabelSides, paused]);

  return null;
}
