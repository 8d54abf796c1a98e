"use client";

import { useRef, type ReactNode } from "react";
import type { StoryMapModel } from "@/content/model";
import { StoryMapLoader } from "@/components/map/StoryMapLoader";
import { useActiveChapter } from "./useActiveChapter";

export interface ScrollStoryProps {
  model: StoryMapModel;
  /** Each chapter's text, rendered on the server, in story order. */
  chapters: { id: string; content: ReactNode }[];
  basemapUrl: string;
}

/**
 * The one client component that owns the active chapter. State flows one way:
 * scroll → active chapter → that chapter's precomputed view → the map.
 */
export function ScrollStory({ model, chapters, basemapUrl }: ScrollStoryProps) {
  const stepsRef = useRef<HTMLOListElement>(null);
  const activeIndex = useActiveChapter(stepsRef, "[data-chapter]");
  const active = chapters[activeIndex];

  return (
    <div className="scrolly" data-active-chapter={active?.id}>
      <div className="scrolly__map story-map" role="region" aria-label="Map of Baghdad following the story">
        <StoryMapLoader model={model} activeIndex={activeIndex} basemapUrl={basemapUrl} />
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
    </div>
  );
}
