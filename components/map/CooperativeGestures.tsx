"use client";

import { useEffect, useRef, useState } from "react";
import { useMap } from "react-leaflet";
import { READER_MOVE_EVENT } from "./CameraController";
import { useUiText } from "@/components/ui/UiText";
import { fillIn } from "@/content/ui";

const HINT_MS = 1600;
const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * In story mode the page's scroll always wins. A plain wheel over the map scrolls the page
 * (and a hint says how to zoom); Ctrl/⌘ + wheel, or a trackpad pinch, zooms the map around
 * the pointer. On touch, one finger scrolls the page (with a hint); two fingers pan and zoom
 * the map, through Leaflet's touch zoom. Nothing here is ever passive about a plain scroll.
 */
export function CooperativeGestures() {
  const map = useMap();
  const [hint, setHint] = useState<string | null>(null);
  const ui = useUiText();
  const timer = useRef<number>(0);

  useEffect(() => {
    const container = map.getContainer();
    const show = (text: string) => {
      setHint(text);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setHint(null), HINT_MS);
    };
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) {
        show(fillIn(ui.wheelHint, { key: isMac() ? "⌘" : "Ctrl" }));
        return;
      }
      event.preventDefault();
      map.fire(READER_MOVE_EVENT);
      const delta = event.deltaMode === 1 ? event.deltaY * 20 : event.deltaY;
      const zoom = map.getZoom() - Math.sign(delta) * Math.min(1, Math.abs(delta) / 100);
      map.setZoomAround(map.mouseEventToContainerPoint(event), Math.round(zoom * 4) / 4, { animate: false });
    };
    let oneFinger = false;
    const onTouchStart = (event: TouchEvent) => {
      oneFinger = event.touches.length === 1;
      // Two fingers zoom the map (Leaflet's touch zoom): the camera leaves the view to the reader.
      if (event.touches.length >= 2) map.fire(READER_MOVE_EVENT);
    };
    const onTouchMove = (event: TouchEvent) => {
      if (oneFinger && event.touches.length === 1) {
        oneFinger = false;
        show(ui.touchHint);
      }
    };
    map.touchZoom.enable();
    container.addEventListener("wheel", onWheel, { passive: false });
    container.addEventListener("touchstart", onTouchStart, { passive: true });
    container.addEventListener("touchmove", onTouchMove, { passive: true });
    return function stopCooperating() {
      map.touchZoom.disable();
      container.removeEventListener("wheel", onWheel);
      container.removeEventListener("touchstart", onTouchStart);
      container.removeEventListener("touchmove", onTouchMove);
      window.clearTimeout(timer.current);
    };
  }, [map, ui]);

  return hint ? (
    <div className="map-hint" aria-hidden="true">
      {hint}
    </div>
  ) : null;
}
