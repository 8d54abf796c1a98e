import type { ReactNode } from "react";
import { loadLocator, loadStaticMap, loadStory } from "@/content/load";
import { ChapterText } from "./ChapterText";
import { StorySources } from "./StorySources";
import { LocatorInset } from "./LocatorInset";
import { StaticOverviewMap } from "./StaticOverviewMap";
import { parsePartKey, type PartKey } from "./parts";

/**
 * A part's contents, from the story files: what Prerendered prints on the server. Only the
 * server loads this module (it reads the files); the browser never renders a part.
 */
export function renderPart(key: PartKey): ReactNode {
  const parsed = parsePartKey(key);
  const { story, ui, edition } = loadStory(parsed.lang);
  switch (parsed.part) {
    case "chapter": {
      const index = story.chapters.findIndex((chapter) => chapter.id === parsed.chapterId);
      if (index < 0) throw new Error(`Part "${key}": edition "${parsed.lang}" has no chapter "${parsed.chapterId}"`);
      const sources = new Map(story.meta.sources.map((source) => [source.id, source]));
      return (
        <ChapterText
          chapter={story.chapters[index]!}
          number={index + 1}
          total={story.chapters.length}
          sources={sources}
          ui={ui}
          locale={edition.locale}
        />
      );
    }
    case "sources":
      return <StorySources story={story} ui={ui} locale={edition.locale} />;
    case "static-map":
      return <StaticOverviewMap overview={loadStaticMap(parsed.lang)} title={ui.staticMapTitle} caption={ui.staticMapCaption} />;
    case "locator":
      return <LocatorInset map={loadLocator()} ui={ui} />;
  }
}
