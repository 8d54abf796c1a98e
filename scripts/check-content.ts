/**
 * Validates the story data before the app builds (`npm run build` runs it first), so bad
 * data fails fast with a message naming the file, chapter and field.
 */
import { loadStory, loadBasemap } from "../content/load";
import { ContentError } from "../content/validate";

try {
  const { story, map } = loadStory();
  const basemap = loadBasemap();
  console.log(
    `content ok: ${story.chapters.length} chapters, ${map.places.features.length} places on the map, ${basemap.features.length} basemap features`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
