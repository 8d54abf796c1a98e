import type { Metadata } from "next";
import { loadLocator, loadStory } from "@/content/load";
import { StoryArticle } from "@/components/story/StoryArticle";
import { EmbedBridge } from "@/components/embed/EmbedBridge";
import { embedBootScript } from "@/components/embed/boot";
import { BASEMAP_PATH } from "../data/basemap.json/path";

/** The embed lives on news sites; search engines should index the story page instead. */
export const metadata: Metadata = {
  robots: { index: false, follow: true },
};

/**
 * The story for other sites' iframes: the same StoryArticle as the story page, without the
 * site's furniture. Its options come from the URL, read on the client (the page is static).
 */
export default function EmbedPage() {
  const { story, map, ui, edition } = loadStory();
  const chapterIds = story.chapters.map((chapter) => chapter.id);
  return (
    <>
      {/* Before the story is painted: the theme, and the host-sized layout (see boot.ts). */}
      <script dangerouslySetInnerHTML={{ __html: embedBootScript(chapterIds) }} />
      <EmbedBridge chapterIds={chapterIds}>
        <main id="main" className="embed">
          <StoryArticle story={story} map={map} locator={loadLocator()} basemapUrl={BASEMAP_PATH} ui={ui} locale={edition.locale} />
        </main>
      </EmbedBridge>
    </>
  );
}
