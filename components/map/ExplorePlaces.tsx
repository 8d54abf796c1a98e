"use client";

import { escapeHtml } from "./escapeHtml";
import { Fragment, useEffect, useMemo } from "react";
import { Circle, Marker, Popup, useMap } from "react-leaflet";
import L from "leaflet";
import type { MapPlaceProperties, StoryMapModel } from "@/content/model";
import type { LngLat } from "@/geo/types";
import { approximateAreaStyle } from "./basemapStyle";
import { toLatLng } from "./leafletAdapter";
import { MapLabel } from "./MapLabel";
import { useUiText } from "@/components/ui/UiText";
import { fillIn, type ClientUiText } from "@/content/ui";

/**
 * A place as a focusable map button, 24 px square (WCAG 2.5.8): a dot where the position is
 * known, a dashed ring on the edge of the disc where it is not. Its name is read from text
 * inside it; the visible label beside it is not a target, so targets never overlap labels.
 */
function placeIcon({ label, approximate }: MapPlaceProperties): L.DivIcon {
  return L.divIcon({
    className: `place-marker${approximate ? " place-marker--approximate" : ""}`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    html: `<span class="place-marker__dot" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(label)}</span>`,
  });
}

/** Two targets closer than this (centre to centre) would overlap: WCAG 2.5.8's 24 px. */
const TARGET_SPACING = 24;

/**
 * At low zoom, places crowd together. After each zoom, a place button that would overlap
 * an earlier one is hidden until the reader zooms in (its label and disc stay visible), so
 * no two targets ever overlap; the place stays reachable from the story's chapter links.
 */
function useUncrowdedTargets() {
  const map = useMap();
  useEffect(() => {
    const uncrowd = () => {
      const shown: L.Point[] = [];
      map.eachLayer((layer) => {
        if (!(layer instanceof L.Marker) || !layer.getElement()?.classList.contains("place-marker")) return;
        const at = map.latLngToLayerPoint(layer.getLatLng());
        const crowded = shown.some((p) => p.distanceTo(at) < TARGET_SPACING);
        layer.getElement()!.style.display = crowded ? "none" : "";
        if (!crowded) shown.push(at);
      });
    };
    uncrowd();
    map.on("zoomend layeradd", uncrowd);
    return function stopUncrowding() {
      map.off("zoomend layeradd", uncrowd);
    };
  }, [map]);
}

/** A distance as the edition writes it: "700 m", "1.5 km" (in its own numerals). */
export function formatUncertainty(metres: number, locale: string, ui: Pick<ClientUiText, "metres" | "kilometres">): string {
  const number = (n: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  return metres >= 1000 ? fillIn(ui.kilometres, { n: number(metres / 1000, 1) }) : fillIn(ui.metres, { n: number(Math.round(metres), 0) });
}

function PlacePopup({ place, titles, onFollowChapter }: { place: MapPlaceProperties; titles: ReadonlyMap<string, string>; onFollowChapter: (id: string) => void }) {
  const ui = useUiText();
  const distance = formatUncertainty(place.uncertaintyM, ui.locale, ui);
  return (
    <div className="place-popup">
      <h2 className="place-popup__name">{place.label}</h2>
      {place.nameAr && (
        <p className="place-popup__name-ar" lang="ar" dir="rtl">
          {place.nameAr}
        </p>
      )}
      {place.note && <p>{place.note}</p>}
      <p className="place-popup__uncertainty">
        {place.approximate
          ? fillIn(ui.placeApproximate, { distance })
          : fillIn(ui.placeKnown, { distance })}
      </p>
      {place.chapters.length > 0 && (
        <>
          <p className="place-popup__chapters-title">{ui.placeInStory}</p>
          <ul className="place-popup__chapters">
            {place.chapters.map((id) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onFollowChapter(id);
                  }}
                >
                  {titles.get(id)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Every place of the story, for exploring: each is a button that opens a popup with its
 * names, what happened there, how precisely it is known, and links to its chapters.
 * Approximate places keep their uncertainty disc; their button sits at the disc's top.
 */
export function ExplorePlaces({ model, onFollowChapter }: { model: StoryMapModel; onFollowChapter: (id: string) => void }) {
  useUncrowdedTargets();
  const ui = useUiText();
  const titles = useMemo(() => new Map(model.chapters.map((c) => [c.id, c.title])), [model]);
  return (
    <>
      {model.places.features.map(({ geometry, properties: place }) => {
        const at: LngLat = place.approximate ? place.labelAnchors.top : place.labelAnchors.right;
        const side = place.approximate ? "top" : "right";
        const popup = (
          // Padding keeps the popup clear of the map controls along the top.
          <Popup maxWidth={280} autoPanPaddingTopLeft={[56, 104]} autoPanPaddingBottomRight={[16, 40]}>
            <PlacePopup place={place} titles={titles} onFollowChapter={onFollowChapter} />
          </Popup>
        );
        return (
          <Fragment key={place.id}>
            {place.approximate && (
              <Circle center={toLatLng(geometry.coordinates as LngLat)} radius={place.uncertaintyM} pathOptions={approximateAreaStyle}>
                {popup}
              </Circle>
            )}
            <Marker position={toLatLng(at)} icon={placeIcon(place)} keyboard title={fillIn(ui.placeOpen, { place: place.label })}>
              {popup}
            </Marker>
            <MapLabel at={at} side={side} variant="target">
              {place.label}
            </MapLabel>
          </Fragment>
        );
      })}
    </>
  );
}
