"use client";

import { createContext, useContext } from "react";
import type { HostViewport } from "./messages";

/**
 * The reader's viewport as the host page reports it, for a story whose iframe is as tall
 * as the story: there the iframe's own window never scrolls, so the story reads the host's
 * viewport instead. `get()` is null everywhere else (the story page, a plain iframe), and
 * the story uses its own window as usual.
 */
export interface HostViewportStore {
  get(): HostViewport | null;
  set(viewport: HostViewport): void;
  subscribe(listener: () => void): () => void;
}

export function createHostViewportStore(): HostViewportStore {
  let value: HostViewport | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(viewport) {
      if (value && value.top === viewport.top && value.height === viewport.height) return;
      value = viewport;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const HostViewportContext = createContext<HostViewportStore | null>(null);

/** The host viewport store in the embed; null on the story page. */
export function useHostViewport(): HostViewportStore | null {
  return useContext(HostViewportContext);
}

/** The reader's viewport in this window's coordinates: the host's when known, else the window. */
export function readerViewport(host: HostViewportStore | null): HostViewport {
  return host?.get() ?? { top: 0, height: window.innerHeight };
}
