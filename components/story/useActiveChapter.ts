"use client";

import { useEffect, useState, type RefObject } from "react";
import { NARROW_QUERY, READING_LINE, activeIndexAt, readingLineMargin } from "./activeChapter";
import { readerViewport, type HostViewportStore } from "@/components/embed/hostViewport";

/**
 * Tracks the chapter at the reading line. An IntersectionObserver says when any chapter,
 * or the story's header or footer, crosses the line (no work per scroll frame); the
 * chapters' positions are then read once to decide, so a fast flick or a jump to the end
 * still lands on the right chapter. The observer only reports crossings it samples in the
 * frames the main thread renders, and the decision is read from that moment's positions;
 * `scrollend` decides once more where the scroll came to rest, whatever was sampled on the
 * way (a keyboard Home/End is a smooth scroll of a few frames). `root: document` keeps
 * rootMargin honoured in iframes.
 * In an embed as tall as the story, the host's viewport messages drive it instead (`host`),
 * and chapters the embed hides (before its start chapter) are never active.
 */
export function useActiveChapter(
  container: RefObject<HTMLElement | null>,
  selector: string,
  host: HostViewportStore | null = null,
): number {
  const [active, setActive] = useState(0);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const steps = Array.from(root.querySelectorAll<HTMLElement>(selector));
    const narrow = window.matchMedia(NARROW_QUERY);
    let observer: IntersectionObserver | undefined;

    const update = () => {
      const fraction = narrow.matches ? READING_LINE.narrow : READING_LINE.wide;
      const viewport = readerViewport(host);
      const shown = steps.filter((step) => step.getClientRects().length > 0);
      const index = activeIndexAt(viewport.top + viewport.height * fraction, shown.map((step) => step.getBoundingClientRect().top));
      setActive(Math.max(0, steps.indexOf(shown[index]!)));
    };
    const observe = () => {
      observer?.disconnect();
      const fraction = narrow.matches ? READING_LINE.narrow : READING_LINE.wide;
      observer = new IntersectionObserver(update, { root: document, rootMargin: readingLineMargin(fraction) });
      steps.forEach((step) => observer!.observe(step));
      // The story's header and footer, just before and after the chapters, marked data-reading-edge.
      document.querySelectorAll("[data-reading-edge]").forEach((edge) => observer!.observe(edge));
    };

    observe();
    narrow.addEventListener("change", observe);
    window.addEventListener("scrollend", update, { passive: true });
    const stopFollowingHost = host?.subscribe(update);
    return function stopObserving() {
      narrow.removeEventListener("change", observe);
      window.removeEventListener("scrollend", update);
      observer?.disconnect();
      stopFollowingHost?.();
    };
  }, [container, selector, host]);

  return active;
}
