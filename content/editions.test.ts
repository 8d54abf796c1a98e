import { describe, expect, it } from "vitest";
import { editionProblems, parseEdition, parseSharedStory, storyInEdition, type EditionText } from "./editions";
import { editionLangs, loadBasemap, loadDistricts, loadEdition, loadStory, nameDistricts, readJsonFile, FILES } from "./load";
import { ContentError } from "./validate";

const shared = () => parseSharedStory(structuredClone(readJsonFile(FILES.story)), "content/story.json");
const english = () => structuredClone(loadEdition("en"));
/** An edition that is English's words under another language's name: complete by construction. */
const copyOfEnglish = (): EditionText => ({ ...english(), edition: { lang: "xx", locale: "en-GB", dir: "ltr", name: "Test" } });

function problemsOf(mutate: (edition: EditionText, story: ReturnType<typeof shared>) => void): string[] {
  const edition = copyOfEnglish();
  const story = shared();
  mutate(edition, story);
  return editionProblems(story, edition, english());
}

describe("the editions in the repository", () => {
  it("are English, Arabic and French, English first", () => {
    expect(editionLangs()).toEqual(["en", "ar", "fr"]);
  });

  it.each(editionLangs())("edition %s tells every chapter of the shared story, every figure filled in", (lang) => {
    const { story, edition } = loadStory(lang);
    expect(edition.lang).toBe(lang);
    expect(story.chapters.map((c) => c.id)).toEqual(loadStory("en").story.chapters.map((c) => c.id));
    for (const paragraph of story.chapters.flatMap((c) => c.body)) expect(paragraph).not.toMatch(/\{\{/);
  });

  it("the French edition is set as French is printed: typographic apostrophes, guillemets with no-break spaces", () => {
    const text = JSON.stringify(loadEdition("fr"));
    expect(text).not.toContain("'");
    expect(text).toContain("\u2019");
    // « and » hold their words with a no-break space (U+00A0 or the narrow U+202F), never a plain space.
    expect(text).not.toMatch(/« | »/);
    expect(text).toMatch(/«\u202f/);
  });

  it("write the same figures with each edition's numbers and words", () => {
    const en = loadStory("en").figures;
    const fr = loadStory("fr").figures;
    const ar = loadStory("ar").figures;
    expect(fr.flightDistanceKm).toBe(en.flightDistanceKm!.replace(".", ","));
    expect(ar.flightDistanceKm).toBe(new Intl.NumberFormat("ar-IQ", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(en.flightDistanceKm)));
    expect(ar.flightDistanceKm).not.toMatch(/[0-9]/);
    expect(en.flightDirection).toBe("south-west");
    expect(fr.flightDirection).toBe("sud-ouest");
    expect(ar.flightDirection).toBe("الجنوب الغربي");
  });
});

describe("an edition that misses or adds something is rejected, naming the edition, chapter and field", () => {
  it("a missing chapter", () => {
    expect(problemsOf((e) => delete e.chapters["the-flight"])).toEqual([
      'edition "xx", chapter "the-flight": missing (content/story.json has it)',
    ]);
  });

  it("a chapter the story does not have", () => {
    expect(problemsOf((e) => (e.chapters["epilogue"] = { title: "Epilogue", body: ["Text."] }))).toEqual([
      'edition "xx", chapter "epilogue": not in the story (content/story.json has no such chapter)',
    ]);
  });

  it("a chapter's time the reference edition gives", () => {
    expect(problemsOf((e) => delete e.chapters["the-flight"]!.time)).toEqual([
      'edition "xx", chapter "the-flight": time is missing (edition "en" has one)',
    ]);
  });

  it("a figure the reference edition does not state, and one it lacks", () => {
    expect(
      problemsOf((e) => {
        const body = e.chapters["the-flight"]!.body;
        body[1] = body[1]!.replace("{{flightCrossingKm}}", "{{greenZoneAreaKm2}}");
      }),
    ).toEqual([
      'edition "xx", chapter "the-flight" › body: states {{greenZoneAreaKm2}}, which edition "en" does not',
      'edition "xx", chapter "the-flight" › body: lacks {{flightCrossingKm}}, which edition "en" states',
    ]);
  });

  it("a source, a place label or a map credit missing", () => {
    expect(
      problemsOf((e) => {
        delete e.meta.sources["baghdad-geodata"];
        delete e.placeLabels["us_embassy"];
        e.meta.mapCredits.pop();
      }),
    ).toEqual([
      'edition "xx", source "baghdad-geodata": missing (content/story.json has it)',
      'edition "xx", place label "us_embassy": missing (content/story.json has it)',
      'edition "xx", meta.mapCredits: has 4 credits; the story has 5',
    ]);
  });

  it("an empty text, named by edition, chapter and field", () => {
    const raw = copyOfEnglish();
    raw.chapters["launch-site"]!.body[1] = "  ";
    expect(() => parseEdition(raw, "content/editions/xx.json", "xx")).toThrow(ContentError);
    try {
      parseEdition(raw, "content/editions/xx.json", "xx");
    } catch (error) {
      expect((error as ContentError).file).toBe("content/editions/xx.json");
      expect((error as ContentError).problems).toEqual(['edition "xx", chapter "launch-site" › body[1]: must not be empty']);
    }
  });

  it("a compass word missing", () => {
    const raw = copyOfEnglish() as unknown as { words: { compass: Record<string, string> } };
    delete raw.words.compass["south-west"];
    expect(() => parseEdition(raw, "content/editions/xx.json", "xx")).toThrow(/edition "xx", words\.compass\.south-west/);
  });

  it("a placeholder that is no figure's, or one outside the paragraphs, and an edition named for another language", () => {
    const raw = copyOfEnglish();
    raw.edition.lang = "fr";
    raw.chapters["the-flight"]!.title = "About {{flightDistanceKm}} km";
    raw.chapters["the-flight"]!.body[1] = raw.chapters["the-flight"]!.body[1]!.replace("{{flightDistanceKm}}", "{{ flight-distance }}");
    expect(() => parseEdition(raw, "content/editions/xx.json", "xx")).toThrow(ContentError);
    try {
      parseEdition(raw, "content/editions/xx.json", "xx");
    } catch (error) {
      expect((error as ContentError).problems).toEqual([
        'edition "xx", edition.lang: is "fr"; the file is named for "xx"',
        'edition "xx", chapter "the-flight" › title: {{flightDistanceKm}} may only stand in a chapter\'s paragraphs',
        'edition "xx", chapter "the-flight" › body[1]: "{{ flight-distance }}" is not a figure placeholder ({{name}})',
      ]);
    }
  });

  it("a chapter's time the reference edition lacks", () => {
    const reference = english();
    delete reference.chapters["unhurt"]!.time;
    expect(editionProblems(shared(), copyOfEnglish(), reference)).toEqual([
      'edition "xx", chapter "unhurt": has a time that edition "en" does not',
    ]);
  });
});

describe("district names", () => {
  const districts = loadBasemap().features.filter((f) => f.properties.layer === "district") as unknown as Parameters<typeof nameDistricts>[0];
  const names = loadEdition("fr").districtNames;

  it.each(editionLangs())("edition %s names every district of the basemap, in its own words", (lang) => {
    const named = loadDistricts(lang);
    expect(named).toHaveLength(districts.length);
    for (const { text } of named) expect(text.trim()).not.toBe("");
    if (lang === "ar") for (const { text } of named) expect(text).toMatch(/^[\u0600-\u06ff ]+$/);
  });

  it("a missing name and a name for no district are both reported, with the file, the edition and the district", () => {
    const bad: Record<string, string> = { ...names, "Green Zone": "Zone verte" };
    delete bad["Markaz Al-Karkh"];
    let error: unknown;
    try {
      nameDistricts(districts, bad, "fr", "content/editions/fr.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toBe("content/editions/fr.json");
    expect((error as Error).message).toContain('edition "fr", districtNames "Markaz Al-Karkh": missing (content/geodata/baghdad_adm3_ocha.geojson has this district)');
    expect((error as Error).message).toContain('edition "fr", districtNames "Green Zone": no such district in content/geodata/baghdad_adm3_ocha.geojson');
  });

  it("an empty name is rejected by the edition's schema, naming the field", () => {
    const raw = structuredClone(readJsonFile(`${FILES.editions}/fr.json`)) as { districtNames: Record<string, string> };
    raw.districtNames["Markaz Al-Karkh"] = " ";
    expect(() => parseEdition(raw, "content/editions/fr.json", "fr")).toThrow(/districtNames/);
  });
});

describe("content/story.json holds no words", () => {
  it("a title left in a chapter, or a note in a place label, is rejected, naming the file and chapter", () => {
    const raw = structuredClone(readJsonFile(FILES.story)) as { chapters: Record<string, unknown>[]; placeLabels: Record<string, Record<string, unknown>> };
    raw.chapters[2]!.title = "A title in the wrong file";
    raw.placeLabels["us_embassy"]!.note = "A note in the wrong file";
    expect(() => parseSharedStory(raw, "content/story.json")).toThrow(ContentError);
    try {
      parseSharedStory(raw, "content/story.json");
    } catch (error) {
      expect((error as ContentError).file).toBe("content/story.json");
      expect((error as ContentError).problems.join("\n")).toMatch(/chapter "the-flight" \(chapters\[2\]\)/);
      expect((error as ContentError).problems.join("\n")).toMatch(/place label "us_embassy"/);
    }
  });
});

describe("storyInEdition", () => {
  it("puts an edition's words on the shared story's structure", () => {
    const story = storyInEdition(shared(), loadEdition("fr"));
    const flight = story.chapters.find((c) => c.id === "the-flight")!;
    expect(flight.camera).toEqual(shared().chapters.find((c) => c.id === "the-flight")!.camera);
    expect(flight.title).toBe(loadEdition("fr").chapters["the-flight"]!.title);
    expect(story.meta.published).toBe(shared().meta.published);
  });
});
