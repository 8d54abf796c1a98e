import type { Story } from "@/content/schema";
import type { StoryMapModel } from "@/content/model";
import { ChapterText } from "./ChapterText";
import { ScrollStory } from "./ScrollStory";
import { StorySources } from "./StorySources";
import { LocatorInset } from "./LocatorInset";
import type { LocatorMap } from "@/geo/locator";
import { StaticOverviewMap } from "./StaticOverviewMap";
import { loadStaticMap } from "@/content/load";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The whole story: header, the scroll-driven chapters with their map, then sources and credits. */
export function StoryArticle({
  story,
  map,
  locator,
  basemapUrl,
}: {
  story: Story;
  map: StoryMapModel;
  locator: LocatorMap;
  basemapUrl: string;
}) {
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
        mapOverlay={<LocatorInset map={locator} city="Baghdad" />}
        mapFallback={<StaticOverviewMap overview={loadStaticMap()} title={`Map of Baghdad with the places of the story`} />}
        chapters={story.chapters.map((chapter, i) => ({
          id: chapter.id,
          content: <ChapterText chapter={chapter} number={i + 1} total={total} sources={sources} />,
        }))}
      />
      <StorySources story={story} />
    </article>
  );
}
