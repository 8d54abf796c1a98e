"use client";

import { useCallback, useId, useState } from "react";
import L from "leaflet";
import type { ChapterMapState, StoryMapModel } from "@/content/model";
import { STORY_LAYERS, type StoryLayerId } from "@/content/layers";
import type { ClientUiText } from "@/content/ui";
import { useUiText } from "@/components/ui/UiText";

type Swatch = "river" | "place" | "approximate" | StoryLayerId;
type LegendText = Pick<ClientUiText, "legendRiver" | "legendPlace" | "legendApproximate" | (typeof STORY_LAYERS)[StoryLayerId]>;

interface LegendItem {
  key: string;
  swatch: Swatch;
  text: string;
  /** A place named here because its label had no room on the map. */
  unlabelled?: true;
}

/**
 * What the map shows for a chapter, in the order it is drawn, then by name the places whose
 * labels had no room on the map (`unlabelled`), so that the key still says what they are.
 */
export function legendItems(model: StoryMapModel, chapter: ChapterMapState, ui: LegendText, unlabelled: readonly string[] = []): LegendItem[] {
  const highlighted = model.places.features.filter((p) => chapter.highlight.includes(p.properties.id));
  const items: LegendItem[] = [{ key: "river", swatch: "river", text: ui.legendRiver }];
  for (const layer of chapter.layers) items.push({ key: layer, swatch: layer, text: ui[STORY_LAYERS[layer]] });
  if (highlighted.some((p) => !p.properties.approximate)) items.push({ key: "place", swatch: "place", text: ui.legendPlace });
  if (highlighted.some((p) => p.properties.approximate)) {
    items.push({ key: "approximate", swatch: "approximate", text: ui.legendApproximate });
  }
  for (const place of highlighted.filter((p) => unlabelled.includes(p.properties.id))) {
    const { id, approximate, label } = place.properties;
    items.push({ key: `place-${id}`, swatch: approximate ? "approximate" : "place", text: label, unlabelled: true });
  }
  return items;
}

/** The key to the map. Always open on wide screens; a toggle on phones, where room is short. */
export function MapLegend({ model, chapter, unlabelled }: { model: StoryMapModel; chapter: ChapterMapState; unlabelled: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const ui = useUiText();
  const listId = useId();
  const stopMapGestures = useCallback((element: HTMLDivElement | null) => {
    if (element) L.DomEvent.disableClickPropagation(element);
  }, []);
  return (
    <div className="map-legend" data-open={open || undefined} ref={stopMapGestures}>
      <button type="button" className="map-legend__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {ui.key}
      </button>
      <ul id={listId} className="map-legend__list" aria-label={ui.keyList}>
        {legendItems(model, chapter, ui, unlabelled).map((item) => (
          <li key={item.key} data-unlabelled={item.unlabelled}>
            <span className={`map-legend__swatch map-legend__swatch--${item.swatch}`} aria-hidden="true" />
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
