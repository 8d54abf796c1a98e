"use client";

import { useEffect, type RefObject } from "react";
import { NARROW_QUERY, READING_LINE } from "./activeChapter";
import type { ProgressStore } from "./progressStore";

/**
 * While a chapter that follows scrolling is active, reports how far the reading line has
 * gone through it: one layout read per animation frame, on a passive listener, and no
 * listener at all in the other chapters.
 */
export function useChapterProgress(
  steps: RefObject<HTMLElement | null>,
  activeIndex: number,
  tracked: boolean,
  store: ProgressStore,
) {
  useEffect(() => {
    const step = steps.current?.querySelectorAll<HTMLElement>("[data-chapter]")[activeIndex];
    if (!tracked || !step) return;
    const narrow = window.matchMedia(NARROW_QUERY);
    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = window.innerHeight * (narrow.matches ? READING_LINE.narrow : READING_LINE.wide);
      const { top, height } = step.getBoundingClientRect();
      store.set((line - top) / height);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    return function stopTrackingProgress() {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [steps, activeIndex, tracked, store]);
}
