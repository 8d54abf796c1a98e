import { describe, expect, it } from "vitest";
import { arabicCharacters } from "./arabicFont";

describe("arabicCharacters (what the Arabic face is cut to)", () => {
  it("keeps what numbers and punctuation are written with whatever the texts say, and letters only from the texts", () => {
    const kept = arabicCharacters([]);
    for (const char of "٠١٢٣٤٥٦٧٨٩٫٬٪،؛؟") expect(kept).toContain(char);
    expect(kept).not.toMatch(/[\u0621-\u063A\u0641-\u064A]/); // no letter (tatweel, U+0640, is punctuation here)
    expect(arabicCharacters(["بغداد"])).toMatch(/^(?=.*ب)(?=.*غ)(?=.*د)(?=.*ا)/);
  });

  it("adds any other Arabic character a text uses, and nothing outside the face's range", () => {
    const kept = arabicCharacters(["ڤيينا Vienna", "پ"]);
    expect(kept).toContain("ڤ");
    expect(kept).toContain("پ");
    expect(kept).not.toMatch(/[A-Za-z ]/);
  });
});
