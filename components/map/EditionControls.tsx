"use client";

import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { fillIn, type ClientUiText } from "@/content/ui";

/**
 * Leaflet's own controls speak English (the zoom buttons' names, the layers toggle, the popup's
 * close button) and write the scale in Latin digits. Here they take the edition's words.
 */

type ScaleWords = Pick<ClientUiText, "metres" | "kilometres" | "locale">;

/**
 * Leaflet's scale bar, with its length written in the edition's words and digits. Leaflet 1.9
 * builds the label inside `_updateMetric` (pinned version: see package.json); this does the same
 * with our wording.
 */
const EditionScale = L.Control.Scale.extend({
  _updateMetric(this: L.Control.Scale & { _mScale: HTMLElement; _getRoundNum(n: number): number; _updateScale(el: HTMLElement, text: string, ratio: number): void; options: L.Control.ScaleOptions & { words: ScaleWords } }, maxMeters: number) {
    const meters = this._getRoundNum(maxMeters);
    const { words } = this.options;
    const number = new Intl.NumberFormat(words.locale).format;
    const label = meters < 1000 ? fillIn(words.metres, { n: number(meters) }) : fillIn(words.kilometres, { n: number(meters / 1000) });
    this._updateScale(this._mScale, label, meters / maxMeters);
  },
});

/** The scale bar explore mode shows, in the edition's words. */
export function ScaleBar({ position, words }: { position: L.ControlPosition; words: ScaleWords }) {
  const map = useMap();
  const { locale, metres, kilometres } = words;
  useEffect(() => {
    const control = new EditionScale({ position, metric: true, imperial: false, words: { locale, metres, kilometres } } as L.Control.ScaleOptions);
    control.addTo(map);
    return function removeScaleBar() {
      control.remove();
    };
  }, [map, position, locale, metres, kilometres]);
  return null;
}

/** Names the layers control's toggle in the edition's words (give it as the LayersControl's ref). */
export function nameLayersToggle(control: L.Control.Layers | null, title: string) {
  const toggle = control?.getContainer()?.querySelector(".leaflet-control-layers-toggle");
  toggle?.setAttribute("title", title);
  toggle?.setAttribute("aria-label", title);
}

/** Names every popup's close button in the edition's words. */
export function PopupCloseWords({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const nameCloseButton = (event: L.PopupEvent) => {
      event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", label);
    };
    map.on("popupopen", nameCloseButton);
    return function stopNamingCloseButtons() {
      map.off("popupopen", nameCloseButton);
    };
  }, [map, label]);
  return null;
}
