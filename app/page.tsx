import { loadLocator, loadStory } from "@/content/load";
import { StoryArticle } from "@/components/story/StoryArticle";
import { BASEMAP_PATH } from "./data/basemap.json/path";
import type { Metadata } from "next";
import { EmbedDialog } from "@/components/embed/EmbedDialog";
import { OEMBED_PATH, SITE_URL } from "@/components/embed/siteUrl";

/** oEmbed discovery, so CMSs can embed the story from its URL alone. */
export const metadata: Metadata = {
  alternates: {
    types: { "application/json+oembed": [{ url: `${SITE_URL}${OEMBED_PATH}`, title: loadStory().story.meta.title }] },
  },
};

export default function StoryPage() {
  const { story, map, ui, edition } = loadStory();
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="masthead">
        <span className="masthead__name">{ui.deskName}</span>
        <span className="masthead__tools">
          <span className="masthead__section">{ui.section}</span>
          <EmbedDialog title={story.meta.title} chapters={story.chapters.map(({ id, title }) => ({ id, title }))} ui={ui} />
        </span>
      </header>
      <main id="main">
        <StoryArticle story={story} map={map} locator={loadLocator()} basemapUrl={BASEMAP_PATH} ui={ui} locale={edition.locale} />
      </main>
    </>
  );
}
