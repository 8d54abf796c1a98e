/**
 * Validates the story data before the app builds (`npm run build` runs it first), so bad
 * data fails fast with a message naming the file, chapter and field.
 */
import fs from "node:fs";
import path from "node:path";
import { loadStory, loadBasemap, readJsonFile, FILES, displayPath } from "../content/load";
import { ContentError } from "../content/validate";
import { copiedPassages, describeCopies, MIN_COPIED_WORDS, SOURCE_REPORT } from "../content/ownWords";

/** The story is told in our own words: no run of words copied from the source report, where that report is at hand. */
function checkOwnWords(): string {
  const sourcePath = path.resolve(process.cwd(), SOURCE_REPORT);
  if (!fs.existsSync(sourcePath)) return `own words not checked: no source report at ${sourcePath}`;
  const copies = copiedPassages(readJsonFile(FILES.story), fs.readFileSync(sourcePath, "utf8"));
  if (copies.length) throw new ContentError(displayPath(FILES.story), describeCopies(copies));
  return `no run of ${MIN_COPIED_WORDS} or more words copied from ${SOURCE_REPORT}`;
}

try {
  const { story, map } = loadStory();
  const basemap = loadBasemap();
  const ownWords = checkOwnWords();
  console.log(
    `content ok: ${story.chapters.length} chapters, ${map.places.features.length} places on the map, ${basemap.features.length} basemap features; ${ownWords}`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
