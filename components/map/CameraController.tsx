"use client";

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import L from "leaflet";
import type { ChapterMapState } from "@/content/model";
import type { LngLat } from "@/geo/types";
import { planFrame, type FrameInput, type FrameMarker, type LabelPlacement } from "@/geo/frame";
import type { Margins, PixelBox } from "@/geo/labelLayout";
import { fromLatLngBounds, toLatLng } from "./leafletAdapter";
import { prefersReducedMotion } from "./motion";
import { labelMetrics, labelSize } from "./labelMeasure";


/** Fired on the map when web fonts have loaded: the labels, measured in their font, are framed anew. */
const LABEL_FONTS_EVENT = "labelfontsloaded";

/** Room left around a framed view, in pixels on each side, so places never touch the edge. */
const FRAME_PADDING = 24;
/** How far below a view's own zoom the camera may go to make room for its labels. */
const MAX_ZOOM_OUT = 1;
/** Leaflet fires this when the reader zooms the map in story mode (Ctrl + wheel, two fingers). */
export const READER_MOVE_EVENT = "readermove";

/** A label the camera lays out with the view: its text, where it may go, and whether it may give way. */
export interface CameraLabel {
  id: string;
  text: string;
  sides: readonly LabelPlacement[];
  anchors: Partial<Record<LabelPlacement, LngLat>>;
  /** Pixels between the anchor and the text (see LABEL_GAP). */
  gap: number;
  /** A label the chapter is about; others (the river's name) give way first and never move the view. */
  required: boolean;
  /** Its style (MapLabel's `variant`), whose font it is measured in. */
  variant?: string;
}

/**
 * Where each label goes for the view the camera is moving to, with its lines; a label left out
 * gives way. `chapter` is the chapter it was planned for.
 */
export interface LabelPlan {
  chapter: string;
  labels: Record<string, { side: LabelPlacement; text: string }>;
}

interface CameraTarget {
  center: L.LatLng;
  zoom: number;
  labels: LabelPlan["labels"];
}

/**
 * The map's own furniture, which labels should stay clear of: the attribution along the
 * bottom and the scale reference along the top (as margins, full width), and the key, the
 * Explore button and the locator inset (as boxes to avoid).
 */
function furniture(container: HTMLElement): { margins: Margins; obstacles: PixelBox[]; key: { box: PixelBox; rowHeight: number } | null } {
  const origin = container.getBoundingClientRect();
  const inMap = (selector: string) => container.querySelector<HTMLElement>(selector);
  const height = (element: HTMLElement | null) => element?.offsetHeight ?? 0;
  const boxOf = (element: Element | null | undefined): PixelBox[] => {
    if (!element) return [];
    const r = element.getBoundingClientRect();
    return r.width && r.height ? [{ left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top }] : [];
  };
  const [keyBox] = boxOf(inMap(".map-legend"));
  // An open key's rows (a closed one, a button on phones, shows none).
  const row = inMap(".map-legend__list li");
  return {
    margins: { top: 8 + height(inMap(".map-scale-reference")), right: 8, left: 8, bottom: 8 + height(inMap(".leaflet-control-attribution")) },
    key: keyBox ? { box: keyBox, rowHeight: row?.offsetHeight ?? 0 } : null,
    // The locator sits beside the map, in the story's map region; the key inside it.
    obstacles: [
      ...(keyBox ? [keyBox] : []),
      ...boxOf(inMap(".map-explore-toggle")),
      ...boxOf(container.parentElement?.querySelector(".locator-inset")),
    ],
  };
}

/**
 * Where the map must go for a chapter, at its current size, with its labels laid out:
 * planned by `planFrame` under the map's own rules (zoom limits and step, maxBounds), so
 * that the target is a view Leaflet can hold exactly.
 */
function cameraTarget(map: L.Map, view: ChapterMapState["view"], labels: readonly CameraLabel[], markers: readonly FrameMarker[]): CameraTarget {
  const container = map.getContainer();
  const size = map.getSize();
  // One style read per label variant (its font), not per label.
  const metrics = new Map(labels.map((label) => label.variant).filter((v, i, all) => all.indexOf(v) === i).map((v) => [v, labelMetrics(container, v)]));
  const measured = new Map(labels.map((label) => [label.id, labelSize(label.text, metrics.get(label.variant)!)]));
  const { margins, obstacles, key } = furniture(container);
  const maxBounds = map.options.maxBounds as L.LatLngBounds | undefined;
  const input: FrameInput = {
    view,
    size: { width: size.x, height: size.y },
    // Leaflet snaps to whole zooms where the browser cannot scale with CSS 3D (its _limitZoom).
    rules: { min: map.getMinZoom(), max: map.getMaxZoom(), snap: L.Browser.any3d ? (map.options.zoomSnap ?? 1) : 1 },
    limits: maxBounds ? fromLatLngBounds(maxBounds) : undefined,
    padding: FRAME_PADDING,
    margins,
    furniture: obstacles,
    labels: labels.map((label) => ({ ...label, width: measured.get(label.id)!.width, height: measured.get(label.id)!.height })),
    markers,
    maxZoomOut: MAX_ZOOM_OUT,
  };
  let plan = planFrame(input);
  // An open key names each place whose label gives way, a row each, growing upward from the
  // bottom of the map: plan once more with it that much taller, so that no label ends under it.
  const dropped = plan.dropped.filter((id) => labels.find((l) => l.id === id)?.required).length;
  if (dropped > 0 && key && key.rowHeight > 0) {
    const grown = { ...key.box, top: key.box.top - dropped * key.rowHeight };
    plan = planFrame({ ...input, furniture: obstacles.map((box) => (box === key.box ? grown : box)) });
  }
  return {
    center: toLatLng(plan.center),
    zoom: plan.zoom,
    labels: Object.fromEntries(plan.labels.map(({ id, side }) => [id, { side, text: measured.get(id)!.lines.join("\n") }])),
  };
}

/**
 * True when the map shows the target. Targets are planned under the map's own rules, so
 * the zoom is one the map can hold and the centre one it will not move; Leaflet truncates
 * pans to whole pixels, so a settled view can be off by up to √2 px.
 */
function isAt(map: L.Map, { center, zoom }: CameraTarget): boolean {
  return map.getZoom() === zoom && map.project(map.getCenter(), zoom).distanceTo(map.project(center, zoom)) < 2;
}

function moveTo(map: L.Map, target: CameraTarget, type: "fly" | "ease" | "jump", durationMs: number) {
  const duration = durationMs / 1000;
  if (type === "fly") map.flyTo(target.center, target.zoom, { duration });
  // Leaflet reads a pan's duration from `options.pan`, which its type definitions omit.
  else if (type === "ease") map.setView(target.center, target.zoom, { animate: true, pan: { duration } } as L.ZoomPanOptions);
  else map.setView(target.center, target.zoom, { animate: false });
}

/**
 * Writes, once the labels of a plan are on the map, the chapter they were planned for on the
 * map's container (`data-map-labels`), for tests: the camera may report arrival (a jump) in
 * the same task that hands out the plan, before React has drawn it.
 */
export function LabelPlanReporter({ plan }: { plan: LabelPlan | null }) {
  const map = useMap();
  useEffect(() => {
    if (plan) map.getContainer().setAttribute("data-map-labels", plan.chapter);
  }, [map, plan]);
  return null;
}

/** What the camera learns about the map while it lives, whatever chapter it is on. */
interface MapWatch {
  /** On the reader's screen, in a visible tab (false before anything says otherwise only for a hidden tab). */
  visible: boolean;
  /** The chapter whose view the reader took over (Ctrl + wheel, two fingers), if any. */
  readerOwns: string | null;
  /** What to do when the map leaves the screen. */
  onHidden: () => void;
}

/**
 * Watches the map for as long as it lives: whether it is on the reader's screen (an
 * IntersectionObserver, whose default root is the top-level viewport, also inside a
 * cross-origin iframe; Chromium runs no animation frame in an iframe entirely off screen, so
 * a flight started there would never end), the container's size (Leaflet only listens to the
 * window's), and who owns the view (the reader, once they zoom it).
 */
function useMapWatch(map: L.Map): MapWatch {
  const [watch] = useState<MapWatch>(() => ({
    visible: typeof document === "undefined" || document.visibilityState === "visible",
    readerOwns: null,
    onHidden: () => {},
  }));
  useEffect(() => {
    const container = map.getContainer();
    let onScreen = true;
    const update = () => {
      const visible = onScreen && document.visibilityState === "visible";
      const hidden = watch.visible && !visible;
      watch.visible = visible;
      if (hidden) watch.onHidden();
    };
    const screen = new IntersectionObserver((entries) => {
      onScreen = entries.at(-1)!.isIntersecting;
      update();
    });
    screen.observe(container);
    document.addEventListener("visibilitychange", update);
    const sizes = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    sizes.observe(container);
    // Labels are measured in their font; a web font that arrives later sets them wider or narrower.
    const fontsLoaded = () => map.fire(LABEL_FONTS_EVENT);
    document.fonts?.addEventListener("loadingdone", fontsLoaded);
    return function stopWatchingMap() {
      screen.disconnect();
      sizes.disconnect();
      document.removeEventListener("visibilitychange", update);
      document.fonts?.removeEventListener("loadingdone", fontsLoaded);
    };
  }, [map, watch]);
  return watch;
}

/**
 * Moves the map to the active chapter's view with that chapter's transition: a jump when
 * the reader prefers reduced motion or cannot see the map. A newer chapter interrupts an
 * older transition, so the map settles on the last active chapter, never a stale one.
 * Once settled, it reports the chapter id and bounds on the map's container, for tests and
 * the embed host. The map's size is watched, so a map resized by its page (an embed
 * sized by its host) is framed anew.
 */
export function CameraController({
  chapter,
  labels,
  markers,
  onLabelPlan,
  paused,
}: {
  chapter: ChapterMapState;
  labels: readonly CameraLabel[];
  /** What labels must not cover: places' dots, the drone along its path. */
  markers: readonly FrameMarker[];
  /** Told where each label goes for the view the camera is moving to. */
  onLabelPlan: (plan: LabelPlan) => void;
  /** While the reader explores, the camera holds still; when they come back, it returns. */
  paused: boolean;
}) {
  const map = useMap();
  const watch = useMapWatch(map);

  useEffect(() => {
    const container = map.getContainer();
    if (paused) {
      // The reader has the map now: a transition still running stops where it is.
      map.stop();
      container.removeAttribute("data-map-view");
      container.removeAttribute("data-map-labels");
      return;
    }
    if (watch.readerOwns !== chapter.id) watch.readerOwns = null;

    const reportSettled = () => {
      container.setAttribute("data-map-view", chapter.id);
      container.setAttribute("data-map-bounds", fromLatLngBounds(map.getBounds()).map((n) => n.toFixed(5)).join(","));
    };
    // Planned for the map's current size; none while the map has no size (a hidden embed).
    const plan = () => {
      const size = map.getSize();
      if (size.x <= 0 || size.y <= 0) return null;
      const planned = cameraTarget(map, chapter.view, labels, markers);
      onLabelPlan({ chapter: chapter.id, labels: planned.labels });
      return planned;
    };
    let target = plan();
    // Once arrived, or once the reader zooms the map, later moves are the reader's: left alone.
    let done = false;
    // Leaflet ignores a move requested while a zoom animation runs (setView returns early);
    // when the map stops somewhere else, it is sent on to the target, a bounded number of times.
    let corrections = 2;
    const reportIfArrived = () => {
      if (done || !target) return;
      if (isAt(map, target)) {
        done = true;
        reportSettled();
      } else if (corrections-- > 0) moveTo(map, target, "jump", 0);
    };
    const readerHasIt = () => watch.readerOwns === chapter.id;
    // Framed anew for a new size, or new furniture: the labels always, the view unless the reader has it.
    const reframe = () => {
      target = plan();
      if (!target || readerHasIt()) return;
      [done, corrections] = [false, 2];
      moveTo(map, target, "jump", 0);
      reportIfArrived();
    };
    watch.onHidden = () => {
      if (!done && target && !readerHasIt()) moveTo(map, target, "jump", 0);
    };
    const readerTookOver = () => {
      watch.readerOwns = chapter.id;
      done = true;
    };

    if (target && container.getAttribute("data-map-view") === chapter.id && isAt(map, target)) {
      // Already there (the labels changed, not the view): nothing moves, the report stands.
      done = true;
    } else if (target && !readerHasIt()) {
      container.removeAttribute("data-map-view");
      const animate = !prefersReducedMotion() && watch.visible;
      moveTo(map, target, animate ? chapter.transition.type : "jump", chapter.transition.durationMs);
      // A jump has arrived already, and an ease to where the map already is fires no moveend.
      // Listening only from here on also ignores the moveend that starting this move fires
      // for an older one it interrupted.
      if (isAt(map, target)) reportIfArrived();
    } else {
      container.removeAttribute("data-map-view");
    }
    map.on("moveend", reportIfArrived);
    map.on("resize", reframe);
    map.on(LABEL_FONTS_EVENT, reframe);
    map.on(READER_MOVE_EVENT, readerTookOver);

    return function stopFollowingChapter() {
      map.off("moveend", reportIfArrived);
      map.off("resize", reframe);
      map.off(LABEL_FONTS_EVENT, reframe);
      map.off(READER_MOVE_EVENT, readerTookOver);
      watch.onHidden = () => {};
    };
  }, [map, watch, chapter, labels, markers, onLabelPlan, paused]);

  return null;
}
