"use client";

import { Fragment } from "react";
import { GeoJSON, Marker, Popup } from "react-leaflet";
import L from "leaflet";
import type { MapPlaceProperties, StoryMapModel } from "@/content/model";
import type { LngLat } from "@/geo/types";
import { approximateAreaStyle } from "./basemapStyle";
import { toLatLng } from "./leafletAdapter";
import { textWidth } from "./labelMeasure";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Sizes in the stylesheet's .place-marker rules, for the icon's box. */
const MARKER = { font: "600 13px system-ui, sans-serif", padding: 16, height: 24, dot: 14, gap: 6 };

/**
 * A place as a focusable map button: its label, with a dot where the position is known.
 * The icon gets its real size, so it is a proper click and touch target: a precise place
 * hangs from its dot; an approximate place's label sits centred above the disc.
 */
function placeIcon({ label, approximate }: MapPlaceProperties): L.DivIcon {
  const labelWidth = textWidth(label, MARKER.font) + MARKER.padding;
  const width = approximate ? labelWidth : MARKER.dot + MARKER.gap + labelWidth;
  return L.divIcon({
    className: `place-marker${approximate ? " place-marker--approximate" : ""}`,
    iconSize: [width, MARKER.height],
    iconAnchor: approximate ? [width / 2, MARKER.height + 4] : [MARKER.dot / 2, MARKER.height / 2],
    html: `${approximate ? "" : '<span class="place-marker__dot" aria-hidden="true"></span>'}<span class="place-marker__label">${escapeHtml(label)}</span>`,
  });
}

export function formatUncertainty(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toFixed(1).replace(/\.0$/, "")} km` : `${Math.round(metres)} m`;
}

function PlacePopup({ place, onFollowChapter }: { place: MapPlaceProperties; onFollowChapter: (id: string) => void }) {
  return (
    <div className="place-popup">
      <h3 className="place-popup__name">{place.label}</h3>
      {place.nameAr && (
        <p className="place-popup__name-ar" lang="ar" dir="rtl">
          {place.nameAr}
        </p>
      )}
      {place.note && <p>{place.note}</p>}
      <p className="place-popup__uncertainty">
        {place.approximate
          ? `Approximate location: it may lie anywhere within about ${formatUncertainty(place.uncertaintyM)} of the circle's centre.`
          : `Position known to within about ${formatUncertainty(place.uncertaintyM)}.`}
      </p>
      {place.chapters.length > 0 && (
        <>
          <p className="place-popup__chapters-title">In the story:</p>
          <ul className="place-popup__chapters">
            {place.chapters.map((chapter) => (
              <li key={chapter.id}>
                <a
                  href={`#${chapter.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onFollowChapter(chapter.id);
                  }}
                >
                  {chapter.title}
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
  return (
    <>
      {model.places.features.map(({ properties: place }) => {
        const disc = model.areas.features.find((a) => a.properties.id === place.id);
        const at: LngLat = place.approximate ? place.labelAnchors.top : place.labelAnchors.right;
        const popup = (
          <Popup maxWidth={280} autoPanPadding={[16, 16]}>
            <PlacePopup place={place} onFollowChapter={onFollowChapter} />
          </Popup>
        );
        return (
          <Fragment key={place.id}>
            {disc && (
              <GeoJSON data={disc} style={approximateAreaStyle}>
                {popup}
              </GeoJSON>
            )}
            <Marker position={toLatLng(at)} icon={placeIcon(place)} keyboard title={`${place.label}: open details`}>
              {popup}
            </Marker>
          </Fragment>
        );
      })}
    </>
  );
}
