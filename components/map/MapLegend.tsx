"use client";

import { useCallback, useId, useState } from "react";
import L from "leaflet";
import type { ChapterMapState, StoryMapModel } from "@/content/model";
import { STORY_LAYERS, type StoryLayerId } from "@/content/layers";

type Swatch = "river" | "place" | "approximate" | StoryLayerId;

/** What the map shows for a chapter, in the order it is drawn. */
export function legendItems(model: StoryMapModel, chapter: ChapterMapState): { swatch: Swatch; text: string }[] {
  const highlighted = model.places.features.filter((p) => chapter.highlight.includes(p.properties.id));
  const items: { swatch: Swatch; text: string }[] = [{ swatch: "river", text: "The Tigris (schematic width)" }];
  for (const layer of chapter.layers) items.push({ swatch: layer, text: STORY_LAYERS[layer] });
  if (highlighted.some((p) => !p.properties.approximate)) items.push({ swatch: "place", text: "Place with a known position" });
  if (highlighted.some((p) => p.properties.approximate)) {
    items.push({ swatch: "approximate", text: "Approximate location: the circle is its uncertainty" });
  }
  return items;
}

/** The key to the map. Always open on wide screens; a toggle on phones, where room is short. */
export function MapLegend({ model, chapter }: { model: StoryMapModel; chapter: ChapterMapState }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const stopMapGestures = useCallback((element: HTMLDivElement | null) => {
    if (element) L.DomEvent.disableClickPropagation(element);
  }, []);
  return (
    <div className="map-legend" data-open={open || undefined} ref={stopMapGestures}>
      <button type="button" className="map-legend__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Key
      </button>
      <ul id={listId} className="map-legend__list" aria-label="Map key">
        {legendItems(model, chapter).map((item) => (
          <li key={item.swatch}>
            <span className={`map-legend__swatch map-legend__swatch--${item.swatch}`} aria-hidden="true" />
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
