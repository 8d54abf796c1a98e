import { z } from "zod";
import { COMPASS } from "@/geo/flight";
import { ContentError, FIGURE_TOKEN } from "./validate";
import { sharedStorySchema, type SharedStoryData, type StoryInput } from "./schema";

/**
 * An edition is the story's words in one language: everything a reader reads, keyed by the
 * ids of the shared story (content/story.json), which holds what every edition shares
 * (cameras, layers, places, flight, figures). Adding a language is adding one such file.
 */
const text = z.string().trim().min(1, "must not be empty");

/**
 * Every word the page's furniture says (buttons, names of controls, the key, hints, popups,
 * dialogs, the static map's caption…), so that no component holds reader-facing text.
 * `{name}` marks a value put in at run time (see fillIn).
 */
export const UI_KEYS = [
  "skipLink",
  "deskName",
  "section",
  "chapterWord",
  "ofWord",
  "sourcesLabel",
  "sourcesHeading",
  "creditsHeading",
  "schematicNote",
  "leafletCredit",
  "chaptersNav",
  "previous",
  "next",
  "reduceMotionVerb",
  "reduceMotionObject",
  "darkTheme",
  "mapRegion",
  "exploreMap",
  "backToStory",
  "key",
  "keyList",
  "legendRiver",
  "legendPlace",
  "legendApproximate",
  "layerGreenZone",
  "layerBridges",
  "layerFlightPath",
  "layerDrone",
  "layerScale",
  "exploreGreenZone",
  "exploreBridges",
  "exploreFlightPath",
  "explorePlaces",
  "wheelHint",
  "touchHint",
  "flightLabel",
  "drone",
  "fullCredits",
  "tilesDown",
  "scaleCaption",
  "zoomIn",
  "zoomOut",
  "layersTitle",
  "closePopup",
  "leafletTitle",
  "riverName",
  "greenZoneName",
  "approximateSuffix",
  "approximateStem",
  "placeOpen",
  "placeApproximate",
  "placeKnown",
  "placeInStory",
  "metres",
  "kilometres",
  "staticMapTitle",
  "staticMapCaption",
  "city",
  "locatorLabel",
  "locatorCaption",
  "editionsNav",
  "chapterInEdition",
  "embedButton",
  "embedTitle",
  "embedLanguage",
  "close",
  "startAt",
  "theBeginning",
  "theme",
  "themeLight",
  "themeDark",
  "loaderHeading",
  "loaderHelp",
  "loaderCode",
  "iframeHeading",
  "iframeHelp",
  "iframeCode",
  "copy",
  "copied",
  "copyByHand",
  "notFoundTitle",
  "notFoundHeading",
  "notFoundStory",
] as const;
export type UiKey = (typeof UI_KEYS)[number];

export const editionSchema = z.strictObject({
  edition: z.strictObject({
    lang: z.string().regex(/^[a-z]{2,3}$/, "must be a language code such as fr or ar"),
    /** The BCP 47 locale numbers and dates are formatted for (Intl), e.g. fr-FR, ar-IQ. */
    locale: text,
    dir: z.enum(["ltr", "rtl"]),
    /** The language's name in itself, for the language switcher. */
    name: text,
  }),
  meta: z.strictObject({
    title: text,
    standfirst: text,
    byline: text,
    sources: z.record(z.string(), z.strictObject({ title: text, publisher: text, note: text.optional() })),
    mapCredits: z.array(z.strictObject({ text: text, short: text.optional() })),
  }),
  placeLabels: z.record(z.string(), z.strictObject({ text: text, note: text.optional() })).default({}),
  /**
   * Each district of the basemap (content/geodata/baghdad_adm3_ocha.geojson), keyed by its
   * OCHA English name (ADM3_EN), as this language's press writes it.
   */
  districtNames: z.record(z.string(), text),
  chapters: z.record(z.string(), z.strictObject({ title: text, time: text.optional(), body: z.array(text).min(1, "needs at least one paragraph") })),
  ui: z.strictObject(Object.fromEntries(UI_KEYS.map((key) => [key, text])) as Record<UiKey, typeof text>),
  /** Words the computed figures are written with (the flight's compass direction). */
  words: z.strictObject({ compass: z.strictObject(Object.fromEntries(COMPASS.map((point) => [point, text])) as Record<(typeof COMPASS)[number], typeof text>) }),
});

export type EditionText = z.output<typeof editionSchema>;
export type UiText = EditionText["ui"];
export type EditionInfo = EditionText["edition"];

/** What every edition shares, as content/story.json holds it (validated): the story without its words. */
export type SharedStory = SharedStoryData;

/** Validates content/story.json on its own: its structure, and that it holds no words. */
export function parseSharedStory(raw: unknown, file: string): SharedStory {
  const result = sharedStorySchema.safeParse(raw);
  if (!result.success) throw new ContentError(file, result.error.issues.map((issue) => `${describeSharedPath(raw, issue.path)}: ${issue.message}`));
  return result.data;
}

function describeSharedPath(raw: unknown, path: readonly PropertyKey[]): string {
  const [first, index, ...rest] = path;
  if (first === "chapters" && typeof index === "number") {
    const id = (raw as { chapters?: { id?: unknown }[] })?.chapters?.[index]?.id;
    return `${typeof id === "string" ? `chapter "${id}"` : "chapter"} (chapters[${index}])${rest.length ? ` › ${describeEditionPath(rest)}` : ""}`;
  }
  return describeEditionPath(path);
}

/** "chapter "the-flight" › body[1]" for a path into an edition file. */
function describeEditionPath(path: readonly PropertyKey[]): string {
  const [first, second, ...rest] = path;
  const field = (parts: readonly PropertyKey[]) =>
    parts.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");
  if (first === "chapters" && typeof second === "string") return `chapter "${second}"${rest.length ? ` › ${field(rest)}` : ""}`;
  if (first === "placeLabels" && typeof second === "string") return `place label "${second}"${rest.length ? ` › ${field(rest)}` : ""}`;
  return field(path) || "(top level)";
}

/**
 * Validates an edition file's own shape; problems name the edition (by its file's name), the
 * chapter and the field. A `{{` that is not a figure placeholder, or one outside a chapter's
 * paragraphs (where figures are written in), is a problem too: it would be published as it is.
 */
export function parseEdition(raw: unknown, file: string, lang: string): EditionText {
  const result = editionSchema.safeParse(raw);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${describeEditionPath(issue.path)}: ${issue.message}`);
  const declared = (raw as { edition?: { lang?: unknown } })?.edition?.lang;
  if (typeof declared === "string" && declared !== lang) problems.push(`edition.lang: is "${declared}"; the file is named for "${lang}"`);
  if (result.success) problems.push(...placeholderProblems(result.data));
  if (problems.length) throw new ContentError(file, problems.map((p) => `edition "${lang}", ${p}`));
  return result.data!;
}

/** Every string of an edition with its path; chapters' paragraphs apart, where figures may be. */
function placeholderProblems(edition: EditionText): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const inBody = path[0] === "chapters" && path[2] === "body";
      const tokens = value.match(/\{\{[^}]*\}\}|\{\{/g) ?? [];
      for (const token of tokens) {
        const valid = /^\{\{[a-zA-Z][a-zA-Z0-9]*\}\}$/.test(token);
        if (!valid) problems.push(`${describeEditionPath(path)}: "${token}" is not a figure placeholder ({{name}})`);
        else if (!inBody) problems.push(`${describeEditionPath(path)}: ${token} may only stand in a chapter's paragraphs`);
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(edition, []);
  return problems;
}

const figuresIn = (paragraphs: readonly string[]) => new Set(paragraphs.flatMap((p) => [...p.matchAll(FIGURE_TOKEN)].map((m) => m[1]!)));

/**
 * What an edition lacks or has in excess against the shared story, and against the
 * reference edition (English) for optional fields and the figures each chapter states:
 * each problem names the edition, the chapter (or place, or source) and the field.
 */
export function editionProblems(shared: SharedStory, edition: EditionText, reference: EditionText): string[] {
  const problems: string[] = [];
  const lang = edition.edition.lang;
  const say = (where: string, message: string) => problems.push(`edition "${lang}", ${where}: ${message}`);
  const compareKeys = (kind: string, ours: readonly string[], expected: readonly string[], whereExpected: string) => {
    for (const id of expected) if (!ours.includes(id)) say(`${kind} "${id}"`, `missing (${whereExpected} has it)`);
    for (const id of ours) if (!expected.includes(id)) say(`${kind} "${id}"`, `not in the story (${whereExpected} has no such ${kind})`);
  };

  compareKeys("chapter", Object.keys(edition.chapters), shared.chapters.map((c) => c.id), "content/story.json");
  compareKeys("source", Object.keys(edition.meta.sources), shared.meta.sources.map((s) => s.id), "content/story.json");
  compareKeys("place label", Object.keys(edition.placeLabels), Object.keys(shared.placeLabels), "content/story.json");
  if (edition.meta.mapCredits.length !== shared.meta.mapCredits.length) {
    say("meta.mapCredits", `has ${edition.meta.mapCredits.length} credits; the story has ${shared.meta.mapCredits.length}`);
  }

  const optional = (where: string, field: string, ours: unknown, theirs: unknown) => {
    if (theirs !== undefined && ours === undefined) say(where, `${field} is missing (edition "${reference.edition.lang}" has one)`);
    if (theirs === undefined && ours !== undefined) say(where, `has a ${field} that edition "${reference.edition.lang}" does not`);
  };
  for (const [id, chapter] of Object.entries(edition.chapters)) {
    const model = reference.chapters[id];
    if (!model) continue;
    optional(`chapter "${id}"`, "time", chapter.time, model.time);
    const ours = figuresIn(chapter.body);
    const theirs = figuresIn(model.body);
    for (const name of ours) if (!theirs.has(name)) say(`chapter "${id}" › body`, `states {{${name}}}, which edition "${reference.edition.lang}" does not`);
    for (const name of theirs) if (!ours.has(name)) say(`chapter "${id}" › body`, `lacks {{${name}}}, which edition "${reference.edition.lang}" states`);
  }
  for (const [id, label] of Object.entries(edition.placeLabels)) {
    optional(`place label "${id}"`, "note", label.note, reference.placeLabels[id]?.note);
  }
  for (const [id, source] of Object.entries(edition.meta.sources)) {
    optional(`source "${id}"`, "note", source.note, reference.meta.sources[id]?.note);
  }
  edition.meta.mapCredits.forEach((credit, i) => optional(`meta.mapCredits[${i}]`, "short", credit.short, reference.meta.mapCredits[i]?.short));
  return problems;
}

/** The shared story told in one edition's words: the input the story schema validates. */
export function storyInEdition(shared: SharedStory, edition: EditionText): StoryInput {
  return {
    meta: {
      title: edition.meta.title,
      standfirst: edition.meta.standfirst,
      byline: edition.meta.byline,
      published: shared.meta.published,
      sources: shared.meta.sources.map((s) => ({ ...s, ...edition.meta.sources[s.id]! })),
      mapCredits: shared.meta.mapCredits.map((c, i) => ({ ...c, ...edition.meta.mapCredits[i]! })),
    },
    flight: shared.flight,
    figures: shared.figures,
    placeLabels: Object.fromEntries(Object.entries(shared.placeLabels).map(([id, p]) => [id, { ...p, ...edition.placeLabels[id]! }])),
    chapters: shared.chapters.map((c) => ({ ...c, ...edition.chapters[c.id]! })),
  } as StoryInput;
}
