"use client";

import { useEffect, type RefObject } from "react";
import { NARROW_QUERY, READING_LINE } from "@/components/story/activeChapter";
import type { ProgressStore } from "@/components/story/progressStore";
import { readerViewport, type HostViewportStore } from "./hostViewport";
import { stickyOffset } from "./layoutHeight";

/** Moves the map down its block to where sticky would hold it for this viewport top. */
function moveMapTo(map: HTMLElement, container: HTMLElement, viewportTop: number) {
  const restingTop = container.getBoundingClientRect().top + container.clientTop + map.offsetTop;
  const room = container.clientHeight - map.offsetTop - map.offsetHeight;
  const offset = stickyOffset(viewportTop, restingTop, room);
  map.style.transform = offset ? `translate3d(0, ${offset}px, 0)` : "";
}

function resetMap(map: HTMLElement) {
  map.style.transform = "";
}

/**
 * Keeps the map on the reader's screen when the iframe is as tall as the story: CSS
 * sticky cannot, since the iframe's window never scrolls, so the map is moved down its
 * story block with a transform, from the host's viewport, as sticky would place it.
 * Reads layout first and writes once per host frame.
 */
export function useMapInHostViewport(
  block: RefObject<HTMLElement | null>,
  mapBox: RefObject<HTMLElement | null>,
  host: HostViewportStore | null,
) {
  useEffect(() => {
    const container = block.current;
    const map = mapBox.current;
    if (!host || !container || !map) return;
    const place = () => {
      const viewport = host.get();
      if (viewport) moveMapTo(map, container, viewport.top);
    };
    place();
    const unsubscribe = host.subscribe(place);
    window.addEventListener("resize", place, { passive: true });
    return function stopFollowingHost() {
      unsubscribe();
      window.removeEventListener("resize", place);
      resetMap(map);
    };
  }, [block, mapBox, host]);
}

/**
 * The drone's progress through its chapter from the host's viewport, when the iframe is
 * as tall as the story (useChapterProgress follows the iframe's own window, which does
 * not scroll there). Called after useChapterProgress, so its value is the one that stays.
 */
export function useHostChapterProgress(
  steps: RefObject<HTMLElement | null>,
  activeIndex: number,
  tracked: boolean,
  store: ProgressStore,
  host: HostViewportStore | null,
) {
  useEffect(() => {
    const step = steps.current?.querySelectorAll<HTMLElement>("[data-chapter]")[activeIndex];
    if (!host || !tracked || !step) return;
    const narrow = window.matchMedia(NARROW_QUERY);
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (!host.get()) return;
      const viewport = readerViewport(host);
      const line = viewport.top + viewport.height * (narrow.matches ? READING_LINE.narrow : READING_LINE.wide);
      const { top, height } = step.getBoundingClientRect();
      store.set((line - top) / height);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const unsubscribe = host.subscribe(schedule);
    window.addEventListener("resize", schedule, { passive: true });
    return function stopTrackingHostProgress() {
      unsubscribe();
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [steps, activeIndex, tracked, store, host]);
}
