"use client";

import { useUiText } from "@/components/ui/UiText";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import L from "leaflet";

/**
 * The button that switches between reading and exploring. "E" toggles it while focus is
 * in the map region (a shortcut scoped to the map, so it never fires while typing or
 * reading elsewhere: WCAG 2.1.4).
 */
export function ExploreToggle({ exploring, onToggle }: { exploring: boolean; onToggle: () => void }) {
  const map = useMap();
  const ui = useUiText();
  const button = useRef<HTMLButtonElement>(null);
  const onToggleRef = useRef(onToggle);
  useEffect(() => {
    onToggleRef.current = onToggle;
  }, [onToggle]);

  useEffect(() => {
    const region = map.getContainer().parentElement!;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key.toLowerCase() !== "e" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      event.preventDefault();
      onToggleRef.current();
    };
    region.addEventListener("keydown", onKey);
    return () => region.removeEventListener("keydown", onKey);
  }, [map]);

  useEffect(() => {
    // Leaflet would otherwise take presses on the button for map gestures.
    if (button.current) L.DomEvent.disableClickPropagation(button.current);
  }, []);

  // Keep keyboard focus on the toggle when it changes meaning (not when the map first
  // appears: that would pull a reader's focus into the map on load).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (button.current && document.activeElement === document.body) button.current.focus({ preventScroll: true });
  }, [exploring]);

  return (
    <button
      ref={button}
      type="button"
      className="map-explore-toggle"
      aria-keyshortcuts="E"
      onClick={onToggle}
    >
      {exploring ? ui.backToStory : ui.exploreMap}
    </button>
  );
}
