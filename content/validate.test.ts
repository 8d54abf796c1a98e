import { describe, expect, it } from "vitest";
import { ContentError, parsePlaces, parseStory } from "./validate";
import { loadGeo, loadStory, readJsonFile, storyInput, FILES, displayPath } from "./load";
import { buildMapModel } from "./model";
import { storyFlight } from "./figures";
import { bboxContains } from "@/geo/coords";
import { footprintBBox } from "@/geo/footprint";

const FILE = "content/story.json";
const geo = loadGeo();
type RawStory = { meta: Record<string, unknown>; chapters: Record<string, unknown>[]; [key: string]: unknown };
const pristine = () => structuredClone(storyInput()) as unknown as RawStory;
/** A chapter of the raw story by id, and its index, so fixtures do not depend on the story's order. */
const chapterOf = (story: RawStory, id: string) => story.chapters.find((c) => c.id === id)!;
const indexOf = (id: string) => pristine().chapters.findIndex((c) => c.id === id);

/** The problems parseStory reports for a story changed by `mutate`. */
function problemsAfter(mutate: (story: ReturnType<typeof pristine>) => void): string[] {
  const story = pristine();
  mutate(story);
  try {
    parseStory(story, FILE, geo);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain(FILE);
    return [...(error as ContentError).problems];
  }
  throw new Error("expected the story to be rejected");
}

describe("the story in the repository", () => {
  it("is valid and every chapter's camera frames its places", () => {
    const { story, map } = loadStory();
    expect(story.chapters.length).toBeGreaterThanOrEqual(4);
    expect(map.chapters.map((c) => c.id)).toEqual(story.chapters.map((c) => c.id));
    const byId = new Map([...geo.places.features, ...geo.areas].map((f) => [f.properties.id, f]));
    for (const [i, chapter] of story.chapters.entries()) {
      const view = map.chapters[i]!.view;
      if (view.kind !== "bounds") continue;
      for (const id of chapter.camera.fit ?? []) expect(bboxContains(view.bounds, footprintBBox(byId.get(id)!))).toBe(true);
    }
  });

  it("labels every approximate place as approximate", () => {
    const { map } = loadStory();
    for (const place of map.places.features.filter((p) => p.properties.approximate)) {
      expect(place.properties.label).toMatch(/approximate/i);
    }
  });
});

describe("bad story data is rejected with the file, chapter and field", () => {
  it("an unknown place in a camera", () => {
    expect(problemsAfter((s) => ((chapterOf(s, "launch-site").camera as { fit: string[] }).fit = ["atlantis"]))).toEqual([
      `chapter "launch-site" (chapters[${indexOf("launch-site")}]) › camera.fit[0]: unknown place or area "atlantis"`,
    ]);
  });

  it("an unknown highlighted place", () => {
    expect(problemsAfter((s) => (chapterOf(s, "launch-site").highlight = ["drone_launch_area", "nowhere"]))).toEqual([
      `chapter "launch-site" (chapters[${indexOf("launch-site")}]) › highlight[1]: unknown place "nowhere"`,
    ]);
  });

  it("an unknown layer", () => {
    const [problem] = problemsAfter((s) => (chapterOf(s, "the-flight").layers = ["green-zone", "lava"]));
    expect(problem).toMatch(`chapter "the-flight" (chapters[${indexOf("the-flight")}]) › layers[1]: Invalid option`);
  });

  it("duplicate chapter ids", () => {
    expect(problemsAfter((s) => (chapterOf(s, "the-flight").id = "launch-site"))).toContain(
      `chapter "launch-site" (chapters[${indexOf("the-flight")}]) › id: duplicate chapter id "launch-site"`,
    );
  });

  it("an empty title", () => {
    expect(problemsAfter((s) => (chapterOf(s, "baghdad-at-night").title = "  "))).toEqual([
      `chapter "baghdad-at-night" (chapters[${indexOf("baghdad-at-night")}]) › title: must not be empty`,
    ]);
  });

  it("a zoom out of range", () => {
    expect(problemsAfter((s) => (chapterOf(s, "shot-down").camera = { center: [44.39, 33.31], zoom: 25 }))).toEqual([
      `chapter "shot-down" (chapters[${indexOf("shot-down")}]) › camera.zoom: zoom must be 18 or less`,
    ]);
  });

  it("latitude and longitude swapped", () => {
    expect(problemsAfter((s) => (chapterOf(s, "shot-down").camera = { center: [33.31, 44.39], zoom: 13 }))).toEqual([
      `chapter "shot-down" (chapters[${indexOf("shot-down")}]) › camera.center: [33.31, 44.39] looks swapped; GeoJSON order is [longitude, latitude]`,
    ]);
  });

  it("a position outside the story's region", () => {
    const [problem] = problemsAfter((s) => (chapterOf(s, "shot-down").camera = { center: [2.35, 48.85], zoom: 13 }));
    expect(problem).toMatch(`chapter "shot-down" (chapters[${indexOf("shot-down")}]) › camera.center: [2.35, 48.85] lies outside`);
  });

  it("a camera with neither places nor a centre", () => {
    expect(problemsAfter((s) => (chapterOf(s, "baghdad-at-night").camera = { zoom: 12 }))).toEqual([
      `chapter "baghdad-at-night" (chapters[${indexOf("baghdad-at-night")}]) › camera: give either \`fit\` (places to frame) or both \`center\` and \`zoom\``,
    ]);
  });

  it("an unknown transition", () => {
    const [problem] = problemsAfter((s) => (chapterOf(s, "launch-site").transition = { type: "teleport", durationMs: 100 }));
    expect(problem).toMatch(
      `chapter "launch-site" (chapters[${indexOf("launch-site")}]) › transition.type: Invalid option: expected one of "fly"|"ease"|"jump"`,
    );
  });

  it("missing or unknown sources", () => {
    expect(problemsAfter((s) => (chapterOf(s, "airport-2020").sources = []))).toEqual([
      `chapter "airport-2020" (chapters[${indexOf("airport-2020")}]) › sources: every chapter must name its sources`,
    ]);
    expect(problemsAfter((s) => (chapterOf(s, "airport-2020").sources = ["rumour"]))).toEqual([
      `chapter "airport-2020" (chapters[${indexOf("airport-2020")}]) › sources[0]: unknown source "rumour" (not in meta.sources)`,
    ]);
  });

  it("a misspelt field, instead of silently ignoring it", () => {
    const [problem] = problemsAfter((s) => (chapterOf(s, "launch-site").hightlight = ["tahrir_square"]));
    expect(problem).toMatch(`chapter "launch-site" (chapters[${indexOf("launch-site")}]): Unrecognized key: "hightlight"`);
  });

  it("a bad slug and a dangerous link", () => {
    const problems = problemsAfter((s) => {
      chapterOf(s, "baghdad-at-night").id = "Baghdad At Night";
      (chapterOf(s, "launch-site").body as string[])[0] = "See [this](javascript:alert(1)).";
    });
    expect(problems).toContain(
      `chapter "Baghdad At Night" (chapters[${indexOf("baghdad-at-night")}]) › id: must be a lowercase slug (letters, digits and single hyphens)`,
    );
  });

  it("a figure the text names but the story does not define", () => {
    expect(problemsAfter((s) => ((chapterOf(s, "the-flight").body as string[])[0] = "It flew {{speedKmh}} km/h."))).toEqual([
      `chapter "the-flight" (chapters[${indexOf("the-flight")}]) › body[0]: unknown figure "{{speedKmh}}" (not in figures)`,
    ]);
  });

  it("a flight or a figure naming unknown places", () => {
    const problems = problemsAfter((s) => {
      (s.flight as { from: string }).from = "nowhere";
      (s.figures as Record<string, unknown>).farKm = { kind: "distanceToArea", from: "x", area: "y" };
    });
    expect(problems).toEqual([
      'flight.from: unknown place "nowhere"',
      'figures.farKm.area: unknown area "y"',
      'figures.farKm.from: unknown place "x"',
    ]);
  });

  it("collects every problem in one run", () => {
    const problems = problemsAfter((s) => {
      chapterOf(s, "baghdad-at-night").highlight = ["x"];
      chapterOf(s, "launch-site").highlight = ["y"];
    });
    expect(problems).toHaveLength(2);
  });
});

describe("bad places data", () => {
  const places = () => structuredClone(readJsonFile(FILES.places)) as { features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[] };
  const file = displayPath(FILES.places);

  it("rejects a swapped point, naming the place", () => {
    const data = places();
    data.features[0]!.geometry.coordinates = [33.374941, 44.355412];
    expect(() => parsePlaces(data, file, geo.region)).toThrow(
      /content\/geodata\/places.geojson:\n {2}- place "aimmah_bridge_mid" \(features\[0\]\) › geometry.coordinates: \[33.374941, 44.355412\] looks swapped/,
    );
  });

  it("rejects a missing uncertainty, naming the place and field", () => {
    const data = places();
    delete data.features[10]!.properties.uncertainty_m;
    expect(() => parsePlaces(data, file, geo.region)).toThrow(/place "drone_launch_area" \(features\[10\]\) › properties.uncertainty_m/);
  });

  it("rejects duplicate ids", () => {
    const data = places();
    data.features[1]!.properties.id = "aimmah_bridge_mid";
    expect(() => parsePlaces(data, file, geo.region)).toThrow(/features\[1\]\) › properties.id: duplicate id/);
  });
});

describe("the map model", () => {
  it("carries only plain JSON to the client", () => {
    const { story } = loadStory();
    const model = buildMapModel(story, geo, storyFlight(story, geo), [], { approximateStem: "approximate", approximateSuffix: "(approximate location)" });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});
