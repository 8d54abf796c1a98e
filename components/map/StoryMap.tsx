"use client";

import "leaflet/dist/leaflet.css";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { FeatureGroup, LayersControl, MapContainer, ScaleControl, ZoomControl } from "react-leaflet";
import type { ChapterMapState, StoryMapModel } from "@/content/model";
import type { ProgressStore } from "@/components/story/progressStore";
import { toLatLng, toLatLngBounds } from "./leafletAdapter";
import { BasemapGround, BasemapOverlay, useBasemap, type Basemap } from "./Basemap";
import { StoryPlaces } from "./StoryPlaces";
import { CameraController, type CameraLabel, type LabelSides } from "./CameraController";
import { OptionalTileLayer } from "./OptionalTileLayer";
import { Credits } from "./Credits";
import { readTileSettings } from "./tileSettings";
import { Drone, FLIGHT_LABEL, FLIGHT_LABEL_ID, FlightPath, flightLabelAt } from "./FlightLayer";
import { ScaleReference } from "./ScaleReference";
import { MapLegend } from "./MapLegend";
import { useReducedMotion } from "./motion";
import { ExploreController } from "./ExploreController";
import { ExplorePlaces } from "./ExplorePlaces";
import { ExploreToggle } from "./ExploreToggle";
import { CooperativeGestures } from "./CooperativeGestures";
import { parseMapHash } from "./mapHash";
import { ViewReporter } from "./ViewReporter";
import { goToChapter } from "@/components/story/goToChapter";
import { useStagedMount } from "./useStagedMount";

export interface StoryMapProps {
  model: StoryMapModel;
  activeIndex: number;
  basemapUrl: string;
  progress: ProgressStore;
}

const tileSettings = readTileSettings();
const LEAFLET_CREDIT = '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a>';
/** The basemap is drawn for the city: closer than this it has no more to show. */
export const ZOOM_LIMITS = { min: 10, max: 16 } as const;

/** The labels a chapter shows, which its camera keeps on screen. */
function chapterLabels(model: StoryMapModel, chapter: ChapterMapState): CameraLabel[] {
  const shown = new Set(chapter.highlight);
  const labels: CameraLabel[] = model.places.features
    .filter((place) => shown.has(place.properties.id))
    .map(({ properties: p }) => ({ id: p.id, text: p.label, side: p.labelSide, anchors: p.labelAnchors }));
  if (chapter.layers.includes("flight-path")) {
    const at = flightLabelAt(model.flight);
    labels.push({ id: FLIGHT_LABEL_ID, text: FLIGHT_LABEL, side: "left", anchors: { left: at, right: at, top: at, bottom: at } });
  }
  return labels;
}

/** The layers a reader can switch on and off in explore mode. */
function ExploreLayers({ basemap, model, onFollowChapter }: { basemap: Basemap | null; model: StoryMapModel; onFollowChapter: (id: string) => void }) {
  const layers: [string, ReactNode][] = [
    ...(basemap
      ? ([
          ["Green Zone (schematic)", <BasemapOverlay key="green-zone" basemap={basemap} layer="green-zone" />],
          ["Bridges (schematic)", <BasemapOverlay key="bridges" basemap={basemap} layer="bridge" />],
        ] as [string, ReactNode][])
      : []),
    ["Flight path (schematic)", <FlightPath key="flight" flight={model.flight} labelSide="left" />],
    ["Places and uncertainty circles", <ExplorePlaces key="places" model={model} onFollowChapter={onFollowChapter} />],
  ];
  return (
    <LayersControl position="topright">
      {layers.map(([name, layer]) => (
        <LayersControl.Overlay key={name} checked name={name}>
          <FeatureGroup>{layer}</FeatureGroup>
        </LayersControl.Overlay>
      ))}
    </LayersControl>
  );
}

/**
 * The one owner of the Leaflet map. In story mode the reader's gestures belong to the
 * page: no dragging or wheel zoom, so scrolling is never captured (Ctrl/⌘ + wheel and two
 * fingers still zoom). Explore mode hands the map to the reader. MapContainer's props only
 * set the first view; the CameraController moves the map.
 */
export default function StoryMap({ model, activeIndex, basemapUrl, progress }: StoryMapProps) {
  const basemap = useBasemap(basemapUrl);
  const [tilesUp, setTilesUp] = useState(tileSettings !== null);
  const markTilesDown = useCallback(() => setTilesUp(false), []);
  const chapter = model.chapters[activeIndex] ?? model.chapters[0]!;
  const labels = useMemo(() => chapterLabels(model, chapter), [model, chapter]);
  const [labelSides, setLabelSides] = useState<LabelSides>({});
  const shows = (layer: ChapterMapState["layers"][number]) => chapter.layers.includes(layer);
  const reduceMotion = useReducedMotion();
  // Mounted in three short tasks: the map itself; its controllers and key; then its layers.
  const stage = useStagedMount(2);

  // A shared `#map=zoom/lat/lon` link opens the map in explore mode at that view.
  const hashLimits = useMemo(() => ({ minZoom: ZOOM_LIMITS.min, maxZoom: ZOOM_LIMITS.max, region: model.region }), [model]);
  const [sharedView] = useState(() => parseMapHash(window.location.hash, hashLimits));
  const [exploring, setExploring] = useState(sharedView !== null);
  const restoreScroll = useRef(true);
  const toggleExplore = useCallback(() => {
    restoreScroll.current = true;
    setExploring((on) => !on);
  }, []);
  const leaveExplore = useCallback(() => setExploring(false), []);
  const enterExplore = useCallback(() => setExploring(true), []);
  // A chapter to go to once the map is back in the page (out of full screen, laid out).
  const pendingChapter = useRef<string | null>(null);
  const followChapter = useCallback((id: string) => {
    restoreScroll.current = false;
    pendingChapter.current = id;
    setExploring(false);
  }, []);
  const onBackInPage = useCallback(() => {
    if (pendingChapter.current) goToChapter(pendingChapter.current);
    pendingChapter.current = null;
  }, []);

  const first = model.chapters[0]!.view;
  const initialView = sharedView
    ? { center: toLatLng(sharedView.center), zoom: sharedView.zoom }
    : first.kind === "bounds"
      ? { bounds: toLatLngBounds(first.bounds), boundsOptions: { maxZoom: first.maxZoom } }
      : { center: toLatLng(first.center), zoom: first.zoom };
  const shouldRestoreScroll = useCallback(() => restoreScroll.current, []);

  return (
    <MapContainer
      className="story-map__leaflet"
      {...initialView}
      minZoom={ZOOM_LIMITS.min}
      maxZoom={ZOOM_LIMITS.max}
      maxBounds={toLatLngBounds(model.region).pad(0.5)}
      maxBoundsViscosity={1}
      zoomControl={false}
      scrollWheelZoom={false}
      dragging={false}
      touchZoom={false}
      doubleClickZoom={false}
      boxZoom={false}
      keyboard={false}
      zoomSnap={0.25}
      fadeAnimation={false}
    >
      {tileSettings && tilesUp && <OptionalTileLayer settings={tileSettings} onUnavailable={markTilesDown} />}
      {exploring ? (
        <>
          <ZoomControl position="topleft" />
          <ScaleControl position="bottomleft" imperial={false} />
          {basemap && <BasemapGround basemap={basemap} translucent={tilesUp} />}
          <ExploreLayers basemap={basemap} model={model} onFollowChapter={followChapter} />
        </>
      ) : (
        <>
          {stage >= 2 && (
            <>
              {basemap && <BasemapGround basemap={basemap} translucent={tilesUp} />}
              {basemap && shows("green-zone") && <BasemapOverlay basemap={basemap} layer="green-zone" />}
              {basemap && shows("bridges") && <BasemapOverlay basemap={basemap} layer="bridge" />}
              {shows("flight-path") && <FlightPath flight={model.flight} labelSide={labelSides[FLIGHT_LABEL_ID] ?? "left"} />}
              {shows("drone") && !reduceMotion && <Drone flight={model.flight} progress={progress} />}
              <StoryPlaces model={model} highlight={chapter.highlight} sides={labelSides} />
              {shows("scale-100m") && (
                <ScaleReference metres={100} caption="100 m, for scale: the office's position is not published" />
              )}
            </>
          )}
          {stage >= 1 && (
            <>
              <MapLegend model={model} chapter={chapter} />
              <CooperativeGestures />
            </>
          )}
        </>
      )}
      <ExploreToggle exploring={exploring} onToggle={toggleExplore} />
      {stage >= 1 && (
        <ExploreController
          exploring={exploring}
          onEnter={enterExplore}
          onLeave={leaveExplore}
          onFollowChapter={followChapter}
          onBackInPage={onBackInPage}
          shouldRestoreScroll={shouldRestoreScroll}
          limits={hashLimits}
        />
      )}
      {stage >= 2 && <CameraController chapter={chapter} labels={labels} onLabelSides={setLabelSides} paused={exploring} />}
      <Credits prefix={LEAFLET_CREDIT} credits={model.credits} />
      <ViewReporter />
      {tileSettings && !tilesUp && (
        <p className="map-notice" role="status">
          The detailed map is unavailable; showing the built-in map.
        </p>
      )}
    </MapContainer>
  );
}
