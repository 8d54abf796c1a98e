import { describe, expect, it } from "vitest";
import { chapterPartKey, parsePartKey, partKey } from "./parts";

describe("the story's prerendered parts, by name", () => {
  it("names a chapter or a part of an edition, and reads the name back", () => {
    expect(chapterPartKey("ar", "airport-2020")).toBe("ar/chapter/airport-2020");
    expect(parsePartKey(chapterPartKey("ar", "airport-2020"))).toEqual({ lang: "ar", part: "chapter", chapterId: "airport-2020" });
    for (const part of ["sources", "static-map", "locator"] as const) {
      expect(parsePartKey(partKey("fr", part))).toEqual({ lang: "fr", part });
    }
  });

  it("refuses a name that is none of them, quoting it", () => {
    expect(() => parsePartKey("fr/footer")).toThrow(/"fr\/footer"/);
    expect(() => parsePartKey("fr/chapter/")).toThrow(/Not a part/);
    expect(() => parsePartKey("chapter/the-flight")).toThrow(/Not a part/);
  });
});
