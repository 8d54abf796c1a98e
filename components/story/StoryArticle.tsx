import type { Story } from "@/content/schema";
import type { StoryMapModel } from "@/content/model";
import { ChapterText } from "./ChapterText";
import { ScrollStory } from "./ScrollStory";
import { StorySources } from "./StorySources";
import { LocatorInset } from "./LocatorInset";
import type { LocatorMap } from "@/geo/locator";
import { StaticOverviewMap } from "./StaticOverviewMap";
import { loadStaticMap } from "@/content/load";
import { clientUiText, type UiText } from "@/content/ui";
import type { EditionInfo } from "@/content/editions";
import type { EditionLink } from "./EditionSwitcher";
import { longDate } from "./dates";

/** The whole story: header, the scroll-driven chapters with their map, then sources and credits. */
export function StoryArticle({
  story,
  map,
  locator,
  basemapUrl,
  ui,
  edition,
  otherEditions,
}: {
  story: Story;
  map: StoryMapModel;
  locator: LocatorMap;
  basemapUrl: string;
  ui: UiText;
  /** The edition: its language, locale (numbers, dates) and direction. */
  edition: EditionInfo;
  /** The story's other editions, which the chapter list offers each chapter in (not in the embed). */
  otherEditions?: readonly EditionLink[];
}) {
  const { lang, locale, dir } = edition;
  const dateFormat = longDate(locale);
  const sources = new Map(story.meta.sources.map((s) => [s.id, s]));
  const total = story.chapters.length;
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
        mapOverlay={<LocatorInset map={locator} ui={ui} />}
        mapFallback={<StaticOverviewMap overview={loadStaticMap(lang)} title={ui.staticMapTitle} caption={ui.staticMapCaption} />}
        chapters={story.chapters.map((chapter, i) => ({
          id: chapter.id,
          content: <ChapterText chapter={chapter} number={i + 1} total={total} sources={sources} ui={ui} locale={locale} />,
        }))}
      />
      <StorySources story={story} ui={ui} locale={locale} />
    </article>
  );
}
