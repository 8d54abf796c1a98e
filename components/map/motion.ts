/** Leaflet's flyTo ignores the reader's motion preference, so every move asks first. */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
