import { loadLocator, loadStory } from "@/content/load";
import { StoryArticle } from "@/components/story/StoryArticle";
import { BASEMAP_PATH } from "./data/basemap.json/path";

export default function StoryPage() {
  const { story, map } = loadStory();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the story
      </a>
      <div className="masthead">
        <span className="masthead__name">Baghdad Map Desk</span>
        <span className="masthead__section">Iraq · Interactive</span>
      </div>
      <main id="main">
        <StoryArticle story={story} map={map} locator={loadLocator()} basemapUrl={BASEMAP_PATH} />
      </main>
    </>
  );
}
