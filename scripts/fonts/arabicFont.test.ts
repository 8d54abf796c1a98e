import { describe, expect, it } from "vitest";
import { arabicCharacters } from "./arabicFont";

describe("arabicCharacters (what the Arabic face is cut to)", () => {
  it("keeps the basic alphabet and digits whatever the texts say", () => {
    const kept = arabicCharacters([]);
    for (const char of "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢٣٤٥٦٧٨٩،؛؟") expect(kept).toContain(char);
  });

  it("adds any other Arabic character a text uses, and nothing outside the face's range", () => {
    const kept = arabicCharacters(["ڤيينا Vienna", "پ"]);
    expect(kept).toContain("ڤ");
    expect(kept).toContain("پ");
    expect(kept).not.toMatch(/[A-Za-z ]/);
  });
});
