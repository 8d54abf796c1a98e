"use client";

// Leaflet's stylesheet is bundled into the pages' (app/globals.css @imports it).
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { FeatureGroup, LayersControl, MapContainer, ZoomControl } from "react-leaflet";
import { PopupCloseWords, ScaleBar, nameLayersToggle } from "./EditionControls";
import type { ChapterMapState, MapName, StoryMapModel } from "@/content/model";
import type { ProgressStore } from "@/components/story/progressStore";
import { toLatLng, toLatLngBounds } from "./leafletAdapter";
import { BasemapGround, BasemapOverlay, ExploreDistrictNames, useBasemap, type Basemap } from "./Basemap";
import { StoryPlaces } from "./StoryPlaces";
import { LABEL_GAP } from "./MapLabel";
import { sidesToTry } from "@/geo/labelLayout";
import { pointsAlong } from "@/geo/flight";
import type { FrameMarker } from "@/geo/frame";
import type { LngLat } from "@/geo/types";
import { CameraController, LabelPlanReporter, type CameraLabel, type LabelPlan } from "./CameraController";
import { OptionalTileLayer } from "./OptionalTileLayer";
import { Credits } from "./Credits";
import { readTileSettings } from "./tileSettings";
import { Drone, FLIGHT_LABEL_ID, FlightPath, flightLabelAt } from "./FlightLayer";
import { useUiText } from "@/components/ui/UiText";
import { escapeHtml } from "./escapeHtml";
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
import type { ControlPosition } from "leaflet";
import type { Direction } from "@/content/ui";

export interface StoryMapProps {
  model: StoryMapModel;
  activeIndex: number;
  basemapUrl: string;
  progress: ProgressStore;
}

const tileSettings = readTileSettings();
const leafletCredit = (title: string) => `<a href="https://leafletjs.com" title="${escapeHtml(title)}">Leaflet</a>`;
/**
 * Where the map's controls go: Leaflet's corners are physical, so they are chosen here from the
 * edition's direction. The zoom buttons sit where the text starts, the credits where it ends.
 */
export function controlCorners(dir: Direction) {
  const [start, end] = dir === "rtl" ? (["right", "left"] as const) : (["left", "right"] as const);
  return {
    zoom: `top${start}`,
    scale: `bottom${start}`,
    layers: `top${end}`,
    credits: `bottom${end}`,
  } as const satisfies Record<string, ControlPosition>;
}

/** The basemap is drawn for the city: closer than this it has no more to show. */
export const ZOOM_LIMITS = { min: 10, max: 16 } as const;

/**
 * The labels a chapter shows, in the order they claim room: its places, then the flight
 * path's label, then the basemap's names (which give way first and never move the view).
 */
function chapterLabels(model: StoryMapModel, chapter: ChapterMapState, flightLabel: string): CameraLabel[] {
  const shown = new Set(chapter.highlight);
  const labels: CameraLabel[] = model.places.features
    .filter((place) => shown.has(place.properties.id))
    .map(({ properties: p }) => ({
      id: p.id,
      text: p.label,
      sides: sidesToTry(p.labelSide),
      anchors: p.labelAnchors,
      gap: LABEL_GAP[p.approximate ? "area" : "point"],
      required: true,
    }));
  if (chapter.layers.includes("flight-path")) {
    const at = flightLabelAt(model.flight);
    labels.push({ id: FLIGHT_LABEL_ID, text: flightLabel, sides: sidesToTry("left"), anchors: { left: at, right: at, top: at, bottom: at }, gap: LABEL_GAP.path, required: true, variant: "note" });
  }
  // The districts' names last: they orient the reader, and give way to everything the story names.
  for (const name of [...visibleNames(model, chapter), ...chapter.districts]) {
    labels.push({ id: name.id, text: name.text, sides: ["center"], anchors: { center: name.at }, gap: LABEL_GAP.name, required: false, variant: name.names });
  }
  return labels;
}

/** The basemap names a chapter's layers show: the river's always, an area's with its layer. */
function visibleNames(model: StoryMapModel, chapter: ChapterMapState) {
  return model.names.filter((name) => name.names === "river" || (name.names === "green-zone" && chapter.layers.includes(name.names)));
}

/** Half the drone marker's width, and a place dot's with its outline: what labels keep off. */
const DRONE_RADIUS = 13;
/**
 * Where along its path the drone's disc is kept clear of labels: 41 stops, about 60 m apart on
 * this story's 2.6 km, so that at the closest zoom (16) the discs leave no room for a label.
 */
const DRONE_STOPS = 41;
const DOT_RADIUS = 8;

/** What labels must not cover in a chapter: its places' dots, and the path the drone flies. */
function chapterMarkers(model: StoryMapModel, chapter: ChapterMapState, droneFlies: boolean): FrameMarker[] {
  const shown = new Set(chapter.highlight);
  const markers: FrameMarker[] = model.places.features
    .filter((place) => shown.has(place.properties.id) && !place.properties.approximate)
    .map((place) => ({ at: place.geometry.coordinates as LngLat, radius: DOT_RADIUS, labelId: place.properties.id }));
  if (chapter.layers.includes("drone") && droneFlies) {
    markers.push(...pointsAlong(model.flight.path, DRONE_STOPS).map((at) => ({ at, radius: DRONE_RADIUS, labelId: FLIGHT_LABEL_ID })));
  }
  return markers;
}

/** The plan's entries for a chapter's basemap names: the names with room, as laid out. */
function plannedNames(model: StoryMapModel, chapter: ChapterMapState, plan: LabelPlan | null): MapName[] {
  return [...model.names, ...chapter.districts].flatMap((name) => {
    const placed = plan?.labels[name.id];
    return placed ? [{ ...name, text: placed.text }] : [];
  });
}

/** The layers a reader can switch on and off in explore mode. */
function ExploreLayers({ basemap, model, onFollowChapter }: { basemap: Basemap | null; model: StoryMapModel; onFollowChapter: (id: string) => void }) {
  const ui = useUiText();
  const layers: [string, ReactNode][] = [
    ...(basemap
      ? ([
          [ui.exploreGreenZone, <BasemapOverlay key="green-zone" basemap={basemap} layer="green-zone" names={model.names} />],
          [ui.exploreBridges, <BasemapOverlay key="bridges" basemap={basemap} layer="bridge" />],
        ] as [string, ReactNode][])
      : []),
    [ui.exploreFlightPath, <FlightPath key="flight" flight={model.flight} label={{ side: "left", text: ui.flightLabel }} />],
    [ui.explorePlaces, <ExplorePlaces key="places" model={model} onFollowChapter={onFollowChapter} />],
  ];
  return (
    <LayersControl position={controlCorners(ui.dir).layers} ref={(control) => nameLayersToggle(control, ui.layersTitle)}>
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
  const ui = useUiText();
  const labels = useMemo(() => chapterLabels(model, chapter, ui.flightLabel), [model, chapter, ui]);
  const reduceMotion = useReducedMotion();
  const markers = useMemo(() => chapterMarkers(model, chapter, !reduceMotion), [model, chapter, reduceMotion]);
  // Where the camera put each label; only a plan for this chapter is drawn (null until there is one).
  const [latestPlan, setLabelPlan] = useState<LabelPlan | null>(null);
  const labelPlan = latestPlan?.chapter === chapter.id ? latestPlan : null;
  const names = useMemo(() => plannedNames(model, chapter, labelPlan), [model, chapter, labelPlan]);
  // Places whose labels had no room: the key names them instead (never from a stale plan: the
  // camera measures the key while planning).
  const unlabelled = useMemo(
    () => (labelPlan ? labels.filter((l) => l.required && l.id !== FLIGHT_LABEL_ID && !labelPlan.labels[l.id]).map((l) => l.id) : []),
    [labels, labelPlan],
  );
  const shows = (layer: ChapterMapState["layers"][number]) => chapter.layers.includes(layer);
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
      attributionControl={false}
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
          <ZoomControl position={controlCorners(ui.dir).zoom} zoomInTitle={ui.zoomIn} zoomOutTitle={ui.zoomOut} />
          <ScaleBar position={controlCorners(ui.dir).scale} words={ui} />
          <PopupCloseWords label={ui.closePopup} />
          {basemap && <BasemapGround basemap={basemap} translucent={tilesUp} names={model.names} />}
          {basemap && <ExploreDistrictNames names={model.districts} />}
          <ExploreLayers basemap={basemap} model={model} onFollowChapter={followChapter} />
        </>
      ) : (
        <>
          {stage >= 2 && (
            <>
              {basemap && <BasemapGround basemap={basemap} translucent={tilesUp} names={names} />}
              {basemap && shows("green-zone") && <BasemapOverlay basemap={basemap} layer="green-zone" names={names} />}
              {basemap && shows("bridges") && <BasemapOverlay basemap={basemap} layer="bridge" />}
              {shows("flight-path") && <FlightPath flight={model.flight} label={labelPlan?.labels[FLIGHT_LABEL_ID] ?? null} />}
              {shows("drone") && !reduceMotion && <Drone flight={model.flight} progress={progress} title={ui.drone} />}
              <StoryPlaces model={model} highlight={chapter.highlight} plan={labelPlan} />
              <LabelPlanReporter plan={labelPlan} />
              {shows("scale-100m") && (
                <ScaleReference metres={100} caption={ui.scaleCaption} />
              )}
            </>
          )}
          {stage >= 1 && (
            <>
              <MapLegend model={model} chapter={chapter} unlabelled={unlabelled} />
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
      {stage >= 2 && <CameraController chapter={chapter} labels={labels} markers={markers} onLabelPlan={setLabelPlan} paused={exploring} />}
      <Credits
        prefix={leafletCredit(ui.leafletTitle)}
        credits={model.credits}
        fullCredits={ui.fullCredits}
        position={controlCorners(ui.dir).credits}
      />
      <ViewReporter />
      {tileSettings && !tilesUp && (
        <p className="map-notice" role="status">
          {ui.tilesDown}
        </p>
      )}
    </MapContainer>
  );
}
