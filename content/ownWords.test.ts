import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copiedPassages, copiedRuns, describeCopies, SOURCE_REPORT, storyTexts, words } from "./ownWords";
import { editionLangs, FILES, readJsonFile } from "./load";

describe("words", () => {
  it("lowercases and splits on punctuation and spaces", () => {
    expect(words("Around 1 a.m., three drones — launched!")).toEqual(["around", "1", "a", "m", "three", "drones", "launched"]);
  });
  it("keeps apostrophes inside words, curly or straight, and drops quote marks", () => {
    expect(words("Iraq’s “calm” and Iraq's 'restraint' «here»")).toEqual(["iraq's", "calm", "and", "iraq's", "restraint", "here"]);
  });
  it("drops emphasis markers and link addresses, keeping the link text", () => {
    expect(words("the *Green Zone*, see [the airport road](#airport-2020)")).toEqual(["the", "green", "zone", "see", "the", "airport", "road"]);
  });
  it("drops figure placeholders", () => {
    expect(words("about {{flightDistanceKm}} kilometres")).toEqual(["about", "kilometres"]);
  });
  it("reads words in other scripts whole, with their accents and vowel signs", () => {
    expect(words("L’armée a tiré — الكاظمي، مُصطفى")).toEqual(["l'armée", "a", "tiré", "الكاظمي", "مُصطفى"]);
  });
});

describe("copiedRuns", () => {
  const source = "Two were shot down in flight by his close guard but the third, trapped, was able to detonate its charge.";

  it("finds a run of nine words copied from the source", () => {
    expect(copiedRuns("We learnt that two were shot down in flight by his close guard, as expected.", source)).toEqual([
      "two were shot down in flight by his close guard",
    ]);
  });
  it("lets a run of seven words pass", () => {
    expect(copiedRuns("Reports say two were shot down in flight by drones.", source)).toEqual([]);
  });
  it("sees through differences of case, punctuation and quote marks", () => {
    expect(copiedRuns("“TWO were shot — down in flight... by his close” guard!", source)).toEqual([
      "two were shot down in flight by his close guard",
    ]);
  });
  it("sees through emphasis, links and placeholders in our text", () => {
    expect(copiedRuns("Two were *shot down* in [flight](#the-flight) {{n}} by his close guard.", source)).toEqual([
      "two were shot down in flight by his close guard",
    ]);
  });
  it("merges overlapping matches into one run and keeps separate runs apart", () => {
    const ours = "Two were shot down in flight by his close guard but the third. Then, was able to detonate its charge.";
    expect(copiedRuns(ours, source, 5)).toEqual([
      "two were shot down in flight by his close guard but the third",
      "was able to detonate its charge",
    ]);
  });
  it("honours the minimum it is given, and refuses a meaningless one", () => {
    expect(copiedRuns("shot down in flight", source, 4)).toEqual(["shot down in flight"]);
    expect(() => copiedRuns("shot", source, 0)).toThrow(RangeError);
  });
});

describe("storyTexts", () => {
  const story = {
    meta: {
      title: "A title",
      published: "2026-11-29",
      sources: [{ id: "report", title: "The report", date: "2021-11-08", url: "https://example.org/a" }],
      mapCredits: [{ text: "Boundaries: OCHA" }],
    },
    flight: { from: "a", to: "b" },
    figures: { km: { kind: "flightDistance" } },
    placeLabels: { launch_area: { text: "Launch area", side: "right", note: "Where the drones rose." } },
    chapters: [
      {
        id: "launch-site",
        title: "The launch",
        time: "About 1 a.m.",
        body: ["First paragraph.", "Second, with {{km}} km."],
        camera: { fit: ["launch_area"], maxZoom: 15 },
        layers: ["bridges"],
        highlight: ["launch_area"],
        transition: { type: "fly", durationMs: 1500 },
        sources: ["report"],
      },
    ],
    extra: { newField: "Prose added later is covered too." },
  };

  it("lists every reader-facing string with its path, and no ids, addresses, dates or settings", () => {
    expect(storyTexts(story)).toEqual([
      { path: "meta.title", text: "A title" },
      { path: "meta.sources[report].title", text: "The report" },
      { path: "meta.mapCredits[0].text", text: "Boundaries: OCHA" },
      { path: "placeLabels.launch_area.text", text: "Launch area" },
      { path: "placeLabels.launch_area.note", text: "Where the drones rose." },
      { path: "chapters[launch-site].title", text: "The launch" },
      { path: "chapters[launch-site].time", text: "About 1 a.m." },
      { path: "chapters[launch-site].body[0]", text: "First paragraph." },
      { path: "chapters[launch-site].body[1]", text: "Second, with {{km}} km." },
      { path: "extra.newField", text: "Prose added later is covered too." },
    ]);
  });

  it("names the path of each copied run", () => {
    const copies = copiedPassages(story, "They said: prose added later is covered too, as ever.", 5);
    expect(copies).toEqual([{ path: "extra.newField", run: "prose added later is covered too", words: 6 }]);
    expect(describeCopies(copies, "source.txt")).toEqual([
      'extra.newField: 6 consecutive words as in source.txt: "prose added later is covered too"',
    ]);
  });
});

describe("the story, in every edition, against its source report", () => {
  it.each(editionLangs())("edition %s copies no run of eight or more words", (lang) => {
    const sourcePath = path.resolve(process.cwd(), SOURCE_REPORT);
    if (!fs.existsSync(sourcePath)) {
      throw new Error(
        `The source report is missing: expected it at ${sourcePath} (${SOURCE_REPORT} from the repository root). ` +
          "The own-words check cannot run without it.",
      );
    }
    const source = fs.readFileSync(sourcePath, "utf8");
    const file = `${FILES.editions}/${lang}.json`;
    const edition = readJsonFile(file);
    expect(storyTexts(edition).length).toBeGreaterThan(20);
    const copies = describeCopies(copiedPassages(edition, source), SOURCE_REPORT);
    expect(copies, `content/${file} copies the source report:\n${copies.join("\n")}`).toEqual([]);
  });
});
