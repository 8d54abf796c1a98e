"use client";

import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type L from "leaflet";
import { formatMapHash, parseMapHash, type MapHashLimits } from "./mapHash";
import { toLatLng } from "./leafletAdapter";
import { NARROW_QUERY } from "@/components/story/activeChapter";

/** The Leaflet handlers that explore mode turns on, and story mode keeps off. */
const EXPLORE_HANDLERS = ["dragging", "touchZoom", "scrollWheelZoom", "keyboard", "doubleClickZoom", "boxZoom"] as const;

function setHandlers(map: L.Map, on: boolean) {
  for (const name of EXPLORE_HANDLERS) {
    const handler = map[name];
    if (on) handler.enable();
    else handler.disable();
  }
}

/**
 * Full screen for the map region: the Fullscreen API where it works, a fixed overlay
 * otherwise. Scroll anchoring is off meanwhile, so taking the map out of the page's flow
 * and putting it back cannot move the reader's place in the story.
 */
function enterFullScreen(region: HTMLElement) {
  document.documentElement.style.overflowAnchor = "none";
  region.classList.add("is-explore-fullscreen");
  if (region.requestFullscreen && !document.fullscreenElement) {
    region.requestFullscreen({ navigationUI: "hide" }).catch(() => {
      // Refused (no user gesture, or inside an iframe without permission): the overlay stays.
    });
  }
}

function leaveFullScreen(region: HTMLElement, scrollBackTo: number | null, done: () => void) {
  region.classList.remove("is-explore-fullscreen");
  const backInPage = () => {
    if (scrollBackTo !== null) {
      void document.documentElement.offsetHeight; // lay the page out with the map back in it first
      window.scrollTo({ top: scrollBackTo, behavior: "instant" });
    }
    requestAnimationFrame(() => {
      document.documentElement.style.overflowAnchor = "";
      done();
    });
  };
  // Leaving the browser's full screen moves the page as it re-lays it out: restore after that.
  if (document.fullscreenElement === region) document.exitFullscreen().then(backInPage, backInPage);
  else backInPage();
}

/**
 * Explore mode's side effects: Leaflet's handlers on, full screen on phones (and back to
 * the same place in the story afterwards), the view written to the URL as `#map=…`, and
 * Escape to leave. Leaving undoes each one.
 */
export function ExploreController({
  exploring,
  onEnter,
  onLeave,
  onFollowChapter,
  onBackInPage,
  shouldRestoreScroll,
  limits,
}: {
  exploring: boolean;
  onEnter: () => void;
  onLeave: () => void;
  /** Leaves explore mode for a chapter, and scrolls the story there. */
  onFollowChapter: (id: string) => void;
  /** Called once the map is back in the page after exploring, laid out and scrolled. */
  onBackInPage: () => void;
  limits: MapHashLimits;
  /** Asked when leaving: false when the reader follows a link to a chapter instead. */
  shouldRestoreScroll: () => boolean;
}) {
  const map = useMap();
  const onLeaveRef = useRef(onLeave);
  const onEnterRef = useRef(onEnter);
  const onFollowChapterRef = useRef(onFollowChapter);
  const exploringRef = useRef(exploring);
  const onBackInPageRef = useRef(onBackInPage);
  useEffect(() => {
    onLeaveRef.current = onLeave;
    onEnterRef.current = onEnter;
    onFollowChapterRef.current = onFollowChapter;
    exploringRef.current = exploring;
    onBackInPageRef.current = onBackInPage;
  }, [onLeave, onEnter, onFollowChapter, onBackInPage, exploring]);

  // Following a `#map=` link opens that view; following a chapter link leaves explore mode.
  useEffect(() => {
    const followHash = () => {
      const view = parseMapHash(location.hash, limits);
      if (view) {
        onEnterRef.current();
        map.setView(toLatLng(view.center), view.zoom, { animate: false });
      } else if (location.hash && exploringRef.current) {
        onFollowChapterRef.current(decodeURIComponent(location.hash.slice(1)));
      }
    };
    window.addEventListener("hashchange", followHash);
    return () => window.removeEventListener("hashchange", followHash);
  }, [map, limits]);

  useEffect(() => {
    const container = map.getContainer();
    container.dataset.mapMode = exploring ? "explore" : "story";
    if (!exploring) return;

    const region = container.parentElement!;
    const scrollY = window.scrollY;
    const fullScreen = window.matchMedia(NARROW_QUERY).matches;
    setHandlers(map, true);
    if (fullScreen) enterFullScreen(region);
    map.invalidateSize();

    const writeHash = () => {
      const center = map.getCenter();
      history.replaceState(history.state, "", formatMapHash({ zoom: map.getZoom(), center: [center.lng, center.lat] }));
    };
    const leaveOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) onLeaveRef.current();
    };
    const leaveWhenFullScreenEnds = () => {
      if (fullScreen && !document.fullscreenElement && region.classList.contains("is-explore-fullscreen")) {
        onLeaveRef.current();
      }
    };
    writeHash();
    map.on("moveend", writeHash);
    document.addEventListener("keydown", leaveOnEscape);
    document.addEventListener("fullscreenchange", leaveWhenFullScreenEnds);

    return function leaveExplore() {
      map.off("moveend", writeHash);
      document.removeEventListener("keydown", leaveOnEscape);
      document.removeEventListener("fullscreenchange", leaveWhenFullScreenEnds);
      map.closePopup();
      setHandlers(map, false);
      const backInPage = () => onBackInPageRef.current();
      if (fullScreen) leaveFullScreen(region, shouldRestoreScroll() ? scrollY : null, backInPage);
      else requestAnimationFrame(backInPage);
      map.invalidateSize();
      if (location.hash.startsWith("#map=")) history.replaceState(history.state, "", location.pathname + location.search);
    };
  }, [map, exploring, shouldRestoreScroll]);

  return null;
}
