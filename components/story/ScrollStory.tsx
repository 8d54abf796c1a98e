"use client";

import { useRef, useState, type ReactNode } from "react";
import type { StoryMapModel } from "@/content/model";
import { StoryMapLoader } from "@/components/map/StoryMapLoader";
import { useActiveChapter } from "./useActiveChapter";
import { ChapterNav } from "./ChapterNav";
import { UiTextProvider } from "@/components/ui/UiText";
import type { ClientUiText } from "@/content/ui";
import { useChapterProgress } from "./useChapterProgress";
import { createProgressStore } from "./progressStore";
import { useHostViewport } from "@/components/embed/hostViewport";
import { useHostChapterProgress, useMapInHostViewport } from "@/components/embed/useHostLayout";
import type { EditionLink } from "./EditionSwitcher";

export interface ScrollStoryProps {
  model: StoryMapModel;
  /** Each chapter's text, rendered on the server, in story order. */
  chapters: { id: string; content: ReactNode }[];
  basemapUrl: string;
  /** Drawn over the map, server-rendered (the locator inset). */
  mapOverlay?: ReactNode;
  /** Drawn under the interactive map, server-rendered: the map without JavaScript and in print. */
  mapFallback?: ReactNode;
  /** The edition's words for the page's furniture, for the client components below. */
  ui: ClientUiText;
  /** The story's other editions, for the chapter list to offer the chapter in (the story page only). */
  otherEditions?: readonly EditionLink[];
}

/**
 * The one client component that owns the active chapter. State flows one way:
 * scroll → active chapter → that chapter's precomputed view → the map. Progress through
 * a chapter that follows scrolling goes to the map through a store, not React state.
 */
export function ScrollStory({ model, chapters, basemapUrl, mapOverlay, mapFallback, ui, otherEditions }: ScrollStoryProps) {
  const stepsRef = useRef<HTMLOListElement>(null);
  const blockRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const [progress] = useState(createProgressStore);
  // In an embed sized to the story, the host page's viewport (null on the story page).
  const host = useHostViewport();
  const activeIndex = useActiveChapter(stepsRef, "[data-chapter]", host);
  const active = chapters[activeIndex];
  const tracksProgress = model.chapters[activeIndex]?.layers.includes("drone") ?? false;
  useChapterProgress(stepsRef, activeIndex, tracksProgress, progress);
  useHostChapterProgress(stepsRef, activeIndex, tracksProgress, progress, host);
  useMapInHostViewport(blockRef, mapRef, host);

  return (
    <UiTextProvider ui={ui}>
    <div className="scrolly" data-active-chapter={active?.id} ref={blockRef}>
      <div className="scrolly__map story-map" ref={mapRef} role="region" aria-label={ui.mapRegion}>
        {mapFallback}
        <StoryMapLoader model={model} activeIndex={activeIndex} basemapUrl={basemapUrl} progress={progress} />
        {mapOverlay}
      </div>
      <ol className="scrolly__steps" ref={stepsRef}>
        {chapters.map((chapter, index) => (
          <li
            key={chapter.id}
            id={chapter.id}
            className="chapter"
            data-chapter={chapter.id}
            data-active={index === activeIndex ? "true" : undefined}
          >
            {chapter.content}
          </li>
        ))}
      </ol>
      <ChapterNav chapters={model.chapters.map(({ id, title }) => ({ id, title }))} activeIndex={activeIndex} otherEditions={otherEditions} />
    </div>
    </UiTextProvider>
  );
}
