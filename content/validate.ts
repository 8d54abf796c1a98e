import type { z } from "zod";
import type { Feature, LineString } from "geojson";
import { storySchema, placesSchema, type Story } from "./schema";
import { parseInline, linkProblem } from "./inline";
import { assertLngLat, looksSwapped, bboxContainsPoint } from "@/geo/coords";
import type { AreaFeature, BBox, PlaceCollection } from "@/geo/types";

/** Invalid content: the message lists every problem, each naming the file, chapter and field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid story data in ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

type Path = readonly PropertyKey[];

/** Where a paragraph states a computed figure: `{{flightDistanceKm}}`. */
export const FIGURE_TOKEN = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

/** "chapter "launch" (chapters[1]) › camera.fit[0]" for a path into the raw story JSON. */
function describePath(raw: unknown, path: Path): string {
  const field = (parts: Path) =>
    parts.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");
  if (path[0] === "chapters" && typeof path[1] === "number") {
    const chapters = (raw as { chapters?: unknown[] })?.chapters;
    const id = (chapters?.[path[1]] as { id?: unknown } | undefined)?.id;
    const name = typeof id === "string" && id ? `chapter "${id}"` : "chapter";
    const rest = field(path.slice(2));
    return `${name} (chapters[${path[1]}])${rest ? ` › ${rest}` : ""}`;
  }
  return field(path) || "(top level)";
}

function zodProblems(raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`);
}

export interface GeoRegistry {
  places: PlaceCollection;
  areas: readonly AreaFeature[];
  /** The Tigris' centreline, for the flight's river crossing. */
  river: Feature<LineString>;
  /** Where the story happens; positions outside it are rejected. */
  region: BBox;
}

/** Validates the places file: GeoJSON points with the properties the story relies on. */
export function parsePlaces(raw: unknown, file: string, region: BBox): PlaceCollection {
  const result = placesSchema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((issue) => {
        const [, index, ...rest] = issue.path;
        const features = (raw as { features?: { properties?: { id?: string } }[] })?.features;
        const id = typeof index === "number" ? features?.[index]?.properties?.id : undefined;
        const where = typeof index === "number" ? `place ${id ? `"${id}" ` : ""}(features[${index}])` : "(top level)";
        return `${where}${rest.length ? ` › ${rest.join(".")}` : ""}: ${issue.message}`;
      }),
    );
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  result.data.features.forEach((feature, i) => {
    const id = feature.properties.id;
    const where = `place "${id}" (features[${i}])`;
    if (seen.has(id)) problems.push(`${where} › properties.id: duplicate id`);
    seen.add(id);
    problems.push(...positionProblems(feature.geometry.coordinates, region, `${where} › geometry.coordinates`));
  });
  if (problems.length) throw new ContentError(file, problems);
  return result.data as PlaceCollection;
}

function positionProblems(position: unknown, region: BBox, where: string): string[] {
  try {
    const lngLat = assertLngLat(position, where);
    if (looksSwapped(region, lngLat)) {
      return [`${where}: [${lngLat.join(", ")}] looks swapped; GeoJSON order is [longitude, latitude]`];
    }
    if (!bboxContainsPoint(region, lngLat)) {
      return [`${where}: [${lngLat.join(", ")}] lies outside the story's region ${JSON.stringify(region)}`];
    }
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/**
 * Validates the story file against its schema and against the geodata it refers to.
 * Collects every problem before failing, so one build run shows them all.
 */
export function parseStory(raw: unknown, file: string, geo: GeoRegistry): Story {
  const result = storySchema.safeParse(raw);
  if (!result.success) throw new ContentError(file, zodProblems(raw, result.error));
  const story = result.data;

  const placeIds = new Set(geo.places.features.map((f) => f.properties.id));
  const fitIds = new Set([...placeIds, ...geo.areas.map((a) => a.properties.id)]);
  const sourceIds = new Set(story.meta.sources.map((s) => s.id));
  const chapterIds = new Set(story.chapters.map((c) => c.id));
  const problems: string[] = [];
  const at = (path: Path, message: string) => problems.push(`${describePath(raw, path)}: ${message}`);

  const areaIds = new Set(geo.areas.map((a) => a.properties.id));
  (["from", "to"] as const).forEach((end) => {
    if (!placeIds.has(story.flight[end])) at(["flight", end], `unknown place "${story.flight[end]}"`);
  });
  for (const [name, spec] of Object.entries(story.figures)) {
    if ("area" in spec && !areaIds.has(spec.area)) at(["figures", name, "area"], `unknown area "${spec.area}"`);
    if ("from" in spec && !placeIds.has(spec.from)) at(["figures", name, "from"], `unknown place "${spec.from}"`);
  }

  const seenSources = new Set<string>();
  story.meta.sources.forEach((s, i) => {
    if (seenSources.has(s.id)) at(["meta", "sources", i, "id"], `duplicate source id "${s.id}"`);
    seenSources.add(s.id);
  });
  for (const id of Object.keys(story.placeLabels)) {
    if (!placeIds.has(id)) at(["placeLabels", id], `unknown place "${id}"`);
  }

  const seenChapters = new Set<string>();
  story.chapters.forEach((chapter, i) => {
    const c = ["chapters", i] as const;
    if (seenChapters.has(chapter.id)) at([...c, "id"], `duplicate chapter id "${chapter.id}"`);
    seenChapters.add(chapter.id);
    chapter.camera.fit?.forEach((id, j) => {
      if (!fitIds.has(id)) at([...c, "camera", "fit", j], `unknown place or area "${id}"`);
    });
    if (chapter.camera.center) {
      for (const p of positionProblems(chapter.camera.center, geo.region, "")) at([...c, "camera", "center"], p.replace(/^: /, ""));
    }
    chapter.highlight.forEach((id, j) => {
      if (!placeIds.has(id)) at([...c, "highlight", j], `unknown place "${id}"`);
    });
    chapter.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) at([...c, "sources", j], `unknown source "${id}" (not in meta.sources)`);
    });
    chapter.body.forEach((paragraph, j) => {
      for (const [, name] of paragraph.matchAll(FIGURE_TOKEN)) {
        if (!(name! in story.figures)) at([...c, "body", j], `unknown figure "{{${name}}}" (not in figures)`);
      }
      for (const token of parseInline(paragraph)) {
        const problem = token.kind === "link" ? linkProblem(token.href, chapterIds) : null;
        if (problem) at([...c, "body", j], problem);
      }
    });
  });

  if (problems.length) throw new ContentError(file, problems);
  return story;
}
