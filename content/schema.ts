import { z } from "zod";

import { STORY_LAYERS, type StoryLayerId } from "./layers";

export { STORY_LAYERS, type StoryLayerId };
const layerIds = Object.keys(STORY_LAYERS) as [StoryLayerId, ...StoryLayerId[]];

export const TRANSITIONS = ["fly", "ease", "jump"] as const;
export const LABEL_SIDES = ["left", "right", "top", "bottom"] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits and single hyphens)");
const text = z.string().trim().min(1, "must not be empty");
const isoDate = z.iso.date("must be a date written YYYY-MM-DD");
const zoom = z.number().min(9, "zoom must be 9 or more").max(18, "zoom must be 18 or less");
const position = z.tuple([z.number(), z.number()]);

const camera = z
  .strictObject({
    fit: z.array(text).min(1, "needs at least one place to fit").optional(),
    maxZoom: zoom.optional(),
    center: position.optional(),
    zoom: zoom.optional(),
  })
  .refine((c) => (c.fit ? !c.center && c.zoom === undefined : c.center && c.zoom !== undefined), {
    message: "give either `fit` (places to frame) or both `center` and `zoom`",
  });

const transition = z.strictObject({
  type: z.enum(TRANSITIONS),
  durationMs: z.number().int().min(0).max(5000, "durationMs must be 5000 or less"),
});

export const chapterSchema = z.strictObject({
  id: slug,
  title: text,
  time: text.optional(),
  body: z.array(text).min(1, "needs at least one paragraph"),
  camera,
  layers: z.array(z.enum(layerIds)).default([]),
  highlight: z.array(text).default([]),
  transition: transition.default({ type: "fly", durationMs: 1500 }),
  sources: z.array(text).min(1, "every chapter must name its sources"),
});

const source = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  date: isoDate,
  url: z.url({ protocol: /^https$/ }).optional(),
  note: text.optional(),
});

const mapCredit = z.strictObject({
  /** The credit as SOURCES.md words it, shown in the page's credits. */
  text: text,
  /** A compact form for the map's attribution line, where one is needed there. */
  short: text.optional(),
  licence: text.optional(),
});

const placeId = text;

/**
 * Figures the text states, computed from the geodata at build time and written into
 * paragraphs where they say `{{name}}`: never typed by hand.
 */
const figure = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("area"), area: placeId }),
  z.strictObject({ kind: z.literal("distanceToArea"), from: placeId, area: placeId }),
  z.strictObject({ kind: z.literal("flightDistance") }),
  z.strictObject({ kind: z.literal("flightDirection") }),
  z.strictObject({ kind: z.literal("flightRiverCrossing") }),
]);
export type FigureSpec = z.output<typeof figure>;

export const storySchema = z.strictObject({
  meta: z.strictObject({
    title: text,
    standfirst: text,
    byline: text,
    published: isoDate,
    sources: z.array(source).min(1),
    mapCredits: z.array(mapCredit).min(1, "the map's data sources must be credited"),
  }),
  /** The schematic drone flight: from the launch area towards the target area. */
  flight: z.strictObject({ from: placeId, to: placeId }),
  figures: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase name"), figure).default({}),
  /**
   * How the map presents a place: its label, the side of the point to put it on, and a
   * note on what happened there, shown when a reader opens the place on the map.
   */
  placeLabels: z
    .record(z.string(), z.strictObject({ text: text, side: z.enum(LABEL_SIDES).optional(), note: text.optional() }))
    .default({}),
  chapters: z.array(chapterSchema).min(1, "a story needs at least one chapter"),
});

/**
 * content/story.json: what every edition shares, and no words (those are in the editions:
 * a word left here would silently fill every edition that lacks it).
 */
export const sharedStorySchema = z.strictObject({
  meta: z.strictObject({
    published: isoDate,
    sources: z.array(source.pick({ id: true, date: true, url: true })).min(1),
    mapCredits: z.array(mapCredit.pick({ licence: true })).min(1, "the map's data sources must be credited"),
  }),
  flight: storySchema.shape.flight,
  figures: storySchema.shape.figures,
  placeLabels: z.record(z.string(), z.strictObject({ side: z.enum(LABEL_SIDES).optional() })).default({}),
  chapters: z.array(chapterSchema.omit({ title: true, time: true, body: true })).min(1, "a story needs at least one chapter"),
});
export type SharedStoryData = z.output<typeof sharedStorySchema>;

export type StoryInput = z.input<typeof storySchema>;
export type Story = z.output<typeof storySchema>;
export type Chapter = Story["chapters"][number];
export type Source = Story["meta"]["sources"][number];

const placeProperties = z.looseObject({
  id: slug.or(z.string().regex(/^[a-z0-9_]+$/, "must be a snake_case id")),
  name: text,
  name_ar: text.optional(),
  role: text,
  source: text,
  uncertainty_m: z.number().positive("must be a positive number of metres"),
  approximate: z.boolean(),
});

export const placesSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: placeProperties,
      geometry: z.object({ type: z.literal("Point"), coordinates: position }),
    }),
  ),
});
