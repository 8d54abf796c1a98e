import type { Story } from "@/content/schema";
import type { StoryMapModel } from "@/content/model";
import { ScrollStory } from "./ScrollStory";
import { Prerendered } from "./Prerendered";
import { chapterPartKey, partKey } from "./parts";
import { clientUiText, type UiText } from "@/content/ui";
import type { EditionInfo } from "@/content/editions";
import type { EditionLink } from "./EditionSwitcher";
import { longDate } from "./dates";

/**
 * The whole story: header, the scroll-driven chapters with their map, then sources and credits.
 * The chapters' text, the maps drawn at build time and the sources are Prerendered parts:
 * printed in the HTML, not sent again for React (their contents: parts.server.tsx).
 */
export function StoryArticle({
  story,
  map,
  basemapUrl,
  ui,
  edition,
  otherEditions,
}: {
  story: Story;
  map: StoryMapModel;
  basemapUrl: string;
  ui: UiText;
  /** The edition: its language, locale (numbers, dates) and direction. */
  edition: EditionInfo;
  /** The story's other editions, which the chapter list offers each chapter in (not in the embed). */
  otherEditions?: readonly EditionLink[];
}) {
  const { lang, locale, dir } = edition;
  const dateFormat = longDate(locale);
  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story__header" data-reading-edge="">
        <h1 id="story-title" className="story__title">
          {story.meta.title}
        </h1>
        <p className="story__standfirst">{story.meta.standfirst}</p>
        <p className="story__byline">
          {story.meta.byline} · <time dateTime={story.meta.published}>{dateFormat.format(new Date(story.meta.published))}</time>
        </p>
      </header>
      <ScrollStory
        model={map}
        basemapUrl={basemapUrl}
        ui={clientUiText(ui, locale, dir)}
        otherEditions={otherEditions}
        mapOverlay={<Prerendered as="figure" className="locator-inset" part={partKey(lang, "locator")} />}
        mapFallback={<Prerendered as="figure" className="static-map" part={partKey(lang, "static-map")} />}
        chapters={story.chapters.map(({ id }) => ({
          id,
          content: <Prerendered as="article" className="chapter__card" aria-labelledby={`${id}-title`} part={chapterPartKey(lang, id)} />,
        }))}
      />
      {/* It follows the last chapter, so it is a reading edge (see useActiveChapter). */}
      <Prerendered as="footer" className="story__sources" data-reading-edge="" part={partKey(lang, "sources")} />
    </article>
  );
}
