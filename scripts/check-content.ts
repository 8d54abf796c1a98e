/**
 * Validates the story data before the app builds (`npm run build` runs it first), so bad
 * data fails fast with a message naming the file, edition, chapter and field. Every edition
 * in content/editions/ is checked, and every problem of every edition listed: for a new
 * language, this is the list of what is still to write.
 */
import fs from "node:fs";
import path from "node:path";
import { editionLangs, loadStory, loadBasemap, readJsonFile, FILES, displayPath } from "../content/load";
import { ContentError } from "../content/validate";
import { copiedPassages, describeCopies, MIN_COPIED_WORDS, SOURCE_REPORT } from "../content/ownWords";

/** The story is told in our own words: no run of words copied from the source report, where that report is at hand. */
function checkOwnWords(lang: string, source: string | null): void {
  if (source === null) return;
  const file = `${FILES.editions}/${lang}.json`;
  const copies = copiedPassages(readJsonFile(file), source);
  if (copies.length) throw new ContentError(displayPath(file), describeCopies(copies));
}

const sourcePath = path.resolve(process.cwd(), SOURCE_REPORT);
const source = fs.existsSync(sourcePath) ? fs.readFileSync(sourcePath, "utf8") : null;
const failures: ContentError[] = [];
const summaries: string[] = [];
for (const lang of editionLangs()) {
  try {
    const { story } = loadStory(lang);
    checkOwnWords(lang, source);
    summaries.push(`${lang} (${story.chapters.length} chapters)`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failures.push(error);
  }
}

if (failures.length) {
  for (const failure of failures) console.error(failure.message);
  process.exit(1);
}
const { map } = loadStory();
const basemap = loadBasemap();
const ownWords = source
  ? `no run of ${MIN_COPIED_WORDS} or more words copied from ${SOURCE_REPORT}`
  : `own words not checked: no source report at ${sourcePath}`;
console.log(
  `content ok: editions ${summaries.join(", ")}; ${map.places.features.length} places on the map, ${basemap.features.length} basemap features; ${ownWords}`,
);
