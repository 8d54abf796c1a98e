"use client";

import { useSyncExternalStore } from "react";

/**
 * Motion follows the reader's system setting (prefers-reduced-motion), unless they choose
 * otherwise on the page; the choice is kept on <html data-motion> for this visit only (the
 * embed must not use storage). Leaflet's flyTo ignores the setting, so every move asks here.
 */
const QUERY = "(prefers-reduced-motion: reduce)";
const EVENT = "story:motion-preference";

export function prefersReducedMotion(): boolean {
  if (typeof window === "undefined") return false;
  const choice = document.documentElement.dataset.motion;
  return choice ? choice === "reduce" : window.matchMedia(QUERY).matches;
}

export function setReducedMotion(reduce: boolean) {
  document.documentElement.dataset.motion = reduce ? "reduce" : "full";
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** The current motion preference, re-rendering when the system setting or the page toggle changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
