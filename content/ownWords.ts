/**
 * Our own words: the story is written from a news report, never copied from it. These
 * functions find every run of consecutive words the story shares with the report, so a
 * test and the content check can refuse them. Pure: text in, runs out; no file access.
 */
import { parseInline } from "./inline";

/** Where the source report sits, relative to the repository root (see ../shared/seed/README.md). */
export const SOURCE_REPORT = "../shared/seed/article.txt";

/** The shortest run of shared words that counts as copying. */
export const MIN_COPIED_WORDS = 8;

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
/** Curly and typewriter single quotes, the modifier apostrophe and stray accents, all read as one apostrophe. */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
/** A word is letters (with their combining marks, as Arabic vowel signs are), digits and apostrophes. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}']+/u;

/**
 * The words of a text as they are compared: markup and `{{figures}}` dropped, link text
 * kept without its address, lowercased, quotes unified, split on anything but letters,
 * digits and apostrophes. Works for any script, not only Latin.
 */
export function words(text: string): string[] {
  const plain = parseInline(text.replace(PLACEHOLDER, " "))
    .map((token) => token.text)
    .join("")
    .replace(/\*/g, " ");
  return plain
    .normalize("NFC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .split(NOT_WORD)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0);
}

/**
 * Every run of `minWords` or more consecutive words of `ours` that also appears, word for
 * word, in `source`. Overlapping matches are merged into one run; each run is given as its
 * normalised words joined by spaces.
 */
export function copiedRuns(ours: string, source: string, minWords = MIN_COPIED_WORDS): string[] {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`minWords must be a whole number of at least 1, not ${minWords}`);
  const shingle = (list: readonly string[], at: number) => list.slice(at, at + minWords).join(" ");
  const theirs = words(source);
  const shingles = new Set<string>();
  for (let i = 0; i + minWords <= theirs.length; i++) shingles.add(shingle(theirs, i));

  const mine = words(ours);
  const runs: { start: number; end: number }[] = [];
  for (let i = 0; i + minWords <= mine.length; i++) {
    if (!shingles.has(shingle(mine, i))) continue;
    const last = runs.at(-1);
    if (last && i < last.end) last.end = i + minWords;
    else runs.push({ start: i, end: i + minWords });
  }
  return runs.map(({ start, end }) => mine.slice(start, end).join(" "));
}

/** One reader-facing string of the story, and where it is: `chapters[launch-site].body[1]`. */
export interface StoryText {
  path: string;
  text: string;
}

/** Keys whose values are identifiers, addresses, dates or map settings: never prose. */
const NOT_PROSE_KEYS = new Set([
  "id",
  "slug",
  "url",
  "href",
  "date",
  "published",
  "kind",
  "type",
  "side",
  "camera",
  "transition",
  "layers",
  "highlight",
  "flight",
  "figures",
]);
/** A string that is one identifier, address or date (an id in a list, say) rather than prose. */
const NOT_PROSE_VALUE = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)*|https?:\/\/\S*|#\S*|\d{4}-\d{2}-\d{2})$/;

/**
 * Every reader-facing string of the story JSON, each with its path. Walks the parsed JSON
 * as it is, so a field added later is covered without changing this. Array items are named
 * by their `id` where they have one (`meta.sources[figaro-2021-11-08].title`), else by index.
 */
export function storyTexts(story: unknown): StoryText[] {
  const found: StoryText[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (!NOT_PROSE_VALUE.test(value.trim())) found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        visit(item, `${path}[${typeof id === "string" && id ? id : i}]`);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (!NOT_PROSE_KEYS.has(key)) visit(item, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(story, "");
  return found;
}

/** A run of words one of the story's strings shares with the source. */
export interface CopiedPassage {
  path: string;
  run: string;
  words: number;
}

/** Every run of `minWords` or more words that a reader-facing string of the story shares with `source`. */
export function copiedPassages(story: unknown, source: string, minWords = MIN_COPIED_WORDS): CopiedPassage[] {
  return storyTexts(story).flatMap(({ path, text }) =>
    copiedRuns(text, source, minWords).map((run) => ({ path, run, words: run.split(" ").length })),
  );
}

/** "chapters[x].body[0]: 9 words as in the source: "…"", one line per passage. */
export function describeCopies(copies: readonly CopiedPassage[], sourceName = SOURCE_REPORT): string[] {
  return copies.map(({ path, run, words: count }) => `${path}: ${count} consecutive words as in ${sourceName}: "${run}"`);
}
