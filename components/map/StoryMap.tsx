"use client";

import "leaflet/dist/leaflet.css";
import { useCallback, useMemo, useState } from "react";
import { MapContainer } from "react-leaflet";
import type { ChapterMapState, StoryMapModel } from "@/content/model";
import { toLatLng, toLatLngBounds } from "./leafletAdapter";
import { BasemapGround, BasemapOverlay, useBasemap } from "./Basemap";
import { StoryPlaces } from "./StoryPlaces";
import { CameraController, type CameraLabel } from "./CameraController";
import { OptionalTileLayer } from "./OptionalTileLayer";
import { Credits } from "./Credits";
import { readTileSettings } from "./tileSettings";

export interface StoryMapProps {
  model: StoryMapModel;
  activeIndex: number;
  basemapUrl: string;
}

const tileSettings = readTileSettings();

/** The labels of the places a chapter highlights, which its camera keeps on screen. */
function chapterLabels(model: StoryMapModel, chapter: ChapterMapState): CameraLabel[] {
  const shown = new Set(chapter.highlight);
  return model.places.features
    .filter((place) => shown.has(place.properties.id))
    .map(({ properties: p }) => ({ text: p.label, side: p.labelSide, at: p.labelAt }));
}
const LEAFLET_CREDIT = '<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">Leaflet</a>';

/**
 * The one owner of the Leaflet map. In story mode the reader's gestures belong to the
 * page: no wheel zoom, no dragging, no touch zoom, so scrolling is never captured.
 * MapContainer's props only set the first view; the CameraController moves the map.
 */
export default function StoryMap({ model, activeIndex, basemapUrl }: StoryMapProps) {
  const basemap = useBasemap(basemapUrl);
  const [tilesUp, setTilesUp] = useState(tileSettings !== null);
  const markTilesDown = useCallback(() => setTilesUp(false), []);
  const chapter = model.chapters[activeIndex] ?? model.chapters[0]!;
  const first = model.chapters[0]!.view;
  const labels = useMemo(() => chapterLabels(model, chapter), [model, chapter]);

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
      {basemap && chapter.layers.includes("green-zone") && <BasemapOverlay basemap={basemap} layer="green-zone" />}
      {basemap && chapter.layers.includes("bridges") && <BasemapOverlay basemap={basemap} layer="bridge" />}
      <StoryPlaces model={model} highlight={chapter.highlight} />
      <CameraController chapter={chapter} labels={labels} />
      <Credits prefix={LEAFLET_CREDIT} credits={model.credits} />
    </MapContainer>
  );
}
