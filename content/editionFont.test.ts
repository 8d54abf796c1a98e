import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { ARABIC_FONT, ARABIC_FONT_PATH, arabicLabelWidth, editionFace } from "./editionFont";
import { estimateTextWidth } from "@/geo/labelFont";

describe("arabicLabelWidth", () => {
  it("measures Arabic in the edition's face, shaped: a joined word is narrower than its letters set apart", () => {
    const word = arabicLabelWidth("دجلة", 13);
    const apart = [..."دجلة"].reduce((sum, letter) => sum + arabicLabelWidth(letter, 13), 0);
    expect(word).toBeGreaterThan(15);
    expect(word).toBeLessThan(apart);
  });

  it("leaves what the face does not cover (spaces, brackets, Latin) to the reader's sans", () => {
    const arabic = arabicLabelWidth("موقع", 13);
    expect(arabicLabelWidth("(موقع) Tigris", 13)).toBeCloseTo(arabic + estimateTextWidth("(", 13) + estimateTextWidth(") Tigris", 13), 0);
  });

  it("grows with the type size", () => {
    expect(arabicLabelWidth("المنطقة الخضراء", 26)).toBeCloseTo(2 * arabicLabelWidth("المنطقة الخضراء", 13), 0);
  });
});

describe("the Arabic face as the site serves it", () => {
  it("is named in app/globals.css at the path the build writes and the pages preload: one file for the range of weights it spans", () => {
    const css = fs.readFileSync("app/globals.css", "utf8");
    expect(css.match(/@font-face/g)).toHaveLength(1);
    const [lightest, boldest] = ARABIC_FONT.weights;
    expect(css).toMatch(new RegExp(`font-weight: ${lightest} ${boldest};\\s*src: url\\("${ARABIC_FONT_PATH.replace(/[.]/g, "\\.")}"\\) format\\("woff2"\\)`));
  });

  it("is the Arabic edition's alone", () => {
    expect(editionFace("ar")).toBe(ARABIC_FONT);
    expect(editionFace("en")).toBeNull();
    expect(editionFace("fr")).toBeNull();
  });
});
