"use client";

import { useSyncExternalStore } from "react";

/**
 * The colour theme follows the reader's system setting (prefers-color-scheme), unless they
 * choose otherwise on the page; the choice is kept on <html data-theme> for this visit only
 * (the embed must not use storage), where app/globals.css reads it. The embed's ?theme= sets
 * the same attribute before the first paint (components/embed/boot.ts).
 */
const QUERY = "(prefers-color-scheme: dark)";
const EVENT = "story:theme-preference";

export function prefersDarkTheme(): boolean {
  if (typeof window === "undefined") return false;
  const choice = document.documentElement.dataset.theme;
  return choice ? choice === "dark" : window.matchMedia(QUERY).matches;
}

export function setDarkTheme(dark: boolean) {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
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

/** Whether the page is dark now, re-rendering when the system setting or the page toggle changes. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, prefersDarkTheme, () => false);
}
