"use client";

import { useSyncExternalStore } from "react";

/**
 * A reader's display preference that follows a system setting (a media query) unless they
 * choose otherwise on the page: the choice is kept on <html data-…> for this visit only (the
 * embed must not use storage), where the stylesheet can read it too. The motion and colour
 * theme toggles are two of these.
 */
export function htmlPreference({ attribute, query, on, off }: { attribute: string; query: string; on: string; off: string }) {
  const event = `story:${attribute}-preference`;

  function get(): boolean {
    if (typeof window === "undefined") return false;
    const choice = document.documentElement.dataset[attribute];
    return choice ? choice === on : window.matchMedia(query).matches;
  }

  function set(value: boolean) {
    document.documentElement.dataset[attribute] = value ? on : off;
    window.dispatchEvent(new Event(event));
  }

  function subscribe(onChange: () => void) {
    const media = window.matchMedia(query);
    media.addEventListener("change", onChange);
    window.addEventListener(event, onChange);
    return () => {
      media.removeEventListener("change", onChange);
      window.removeEventListener(event, onChange);
    };
  }

  /** The preference now, re-rendering when the system setting or the page's toggle changes it. */
  function usePreference(): boolean {
    return useSyncExternalStore(subscribe, get, () => false);
  }

  return { get, set, use: usePreference };
}
