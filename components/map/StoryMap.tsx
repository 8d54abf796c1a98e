"use client";

import "leaflet/dist/leaflet.css";
import { useCallback, useMemo, useState } from "react";
import { MapContainer } from "react-leaflet";
import type { ChapterMapState, StoryMapModel } from "@/content/model";
import type { ProgressStore } from "@/components/story/progressStore";
import { toLatLng, toLatLngBounds } from "./leafletAdapter";
import { BasemapGround, BasemapOverlay, useBasemap } from "./Basemap";
import { StoryPlaces } from "./StoryPlaces";
import { CameraController, type CameraLabel, type LabelSides } from "./CameraController";
import { OptionalTileLayer } from "./OptionalTileLayer";
import { Credits } from "./Credits";
import { readTileSettings } from "./tileSettings";
import { Drone, FLIGHT_LABEL, FLIGHT_LABEL_ID, FlightPath, flightLabelAt } from "./FlightLayer";
import { ScaleReference } from "./ScaleReference";
import { MapLegend } from "./MapLegend";
import { prefersReducedMotion } from "./motion";

export interface StoryMapProps {
  model: StoryMapModel;
  activeIndex: number;
  basemapUrl: string;
  progress: ProgressStore;
}

const tileSettings = readTileSettings();
const LEAFLET_CREDIT = '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a>';

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

/**
 * The one owner of the Leaflet map. In story mode the reader's gestures belong to the
 * page: no wheel zoom, no dragging, no touch zoom, so scrolling is never captured.
 * MapContainer's props only set the first view; the CameraController moves the map.
 */
export default function StoryMap({ model, activeIndex, basemapUrl, progress }: StoryMapProps) {
  const basemap = useBasemap(basemapUrl);
  const [tilesUp, setTilesUp] = useState(tileSettings !== null);
  const markTilesDown = useCallback(() => setTilesUp(false), []);
  const chapter = model.chapters[activeIndex] ?? model.chapters[0]!;
  const first = model.chapters[0]!.view;
  const labels = useMemo(() => chapterLabels(model, chapter), [model, chapter]);
  const [labelSides, setLabelSides] = useState<LabelSides>({});
  const shows = (layer: ChapterMapState["layers"][number]) => chapter.layers.includes(layer);

  return (
    <MapContainer
      className="story-map__leaflet"
      {...(first.kind === "bounds"
        ? { bounds: toLatLngBounds(first.bounds), boundsOptions: { maxZoom: first.maxZoom } }
        : { center: toLatLng(first.center), zoom: first.zoom })}
      minZoom={9}
      maxZoom={17}
      maxBounds={toLatLngBounds(model.region).pad(0.5)}
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
      {basemap && <BasemapGround basemap={basemap} translucent={tilesUp} />}
      {basemap && shows("green-zone") && <BasemapOverlay basemap={basemap} layer="green-zone" />}
      {basemap && shows("bridges") && <BasemapOverlay basemap={basemap} layer="bridge" />}
      {shows("flight-path") && <FlightPath flight={model.flight} labelSide={labelSides[FLIGHT_LABEL_ID] ?? "left"} />}
      {shows("drone") && !prefersReducedMotion() && <Drone flight={model.flight} progress={progress} />}
      <StoryPlaces model={model} highlight={chapter.highlight} sides={labelSides} />
      {shows("scale-100m") && (
        <ScaleReference metres={100} caption="100 m, for scale: the office's position is not published" />
      )}
      <MapLegend model={model} chapter={chapter} />
      <CameraController chapter={chapter} labels={labels} onLabelSides={setLabelSides} />
      <Credits prefix={LEAFLET_CREDIT} credits={model.credits} />
    </MapContainer>
  );
}
