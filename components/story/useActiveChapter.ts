"use client";

import { useEffect, useState, type RefObject } from "react";
import { READING_EDGE_ATTRIBUTE } from "./readingEdge";
import { NARROW_QUERY, READING_LINE, activeIndexAt, readingLineMargin } from "./activeChapter";

/**
 * Tracks the chapter at the reading line. An IntersectionObserver says when any chapter,
 * or the story's header or footer, crosses the line (no work per scroll frame); the
 * chapters' positions are then read once to decide, so a fast flick or a jump to the end
 * still lands on the right chapter. `root: document` keeps rootMargin honoured in iframes.
 */
export function useActiveChapter(container: RefObject<HTMLElement | null>, selector: string): number {
  const [active, setActive] = useState(0);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const steps = Array.from(root.querySelectorAll<HTMLElement>(selector));
    const narrow = window.matchMedia(NARROW_QUERY);
    let observer: IntersectionObserver | undefined;

    const update = () => {
      const fraction = narrow.matches ? READING_LINE.narrow : READING_LINE.wide;
      const line = window.innerHeight * fraction;
      setActive(activeIndexAt(line, steps.map((step) => step.getBoundingClientRect().top)));
    };
    const observe = () => {
      observer?.disconnect();
      const fraction = narrow.matches ? READING_LINE.narrow : READING_LINE.wide;
      observer = new IntersectionObserver(update, { root: document, rootMargin: readingLineMargin(fraction) });
      steps.forEach((step) => observer!.observe(step));
      document.querySelectorAll(`[${READING_EDGE_ATTRIBUTE}]`).forEach((edge) => observer!.observe(edge));
    };

    observe();
    narrow.addEventListener("change", observe);
    return function stopObserving() {
      narrow.removeEventListener("change", observe);
      observer?.disconnect();
    };
  }, [container, selector]);

  return active;
}
