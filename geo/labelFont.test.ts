import { describe, expect, it } from "vitest";
import { estimateTextWidth, labelLineOptions } from "./labelFont";

describe("estimateTextWidth", () => {
  it("adds up each character's widest advance, scaled to the type size", () => {
    // DejaVu Sans Bold: "A" 774, "i" 343 thousandths of an em.
    expect(estimateTextWidth("Ai", 1000)).toBe(1117);
    expect(estimateTextWidth("Ai", 13)).toBeCloseTo(14.6, 5);
  });

  it("is at least as wide as DejaVu Sans Bold sets the labels (measured in Chromium at 13 px)", () => {
    // Canvas measureText, bold 13px "DejaVu Sans": 199.2, 206.7 and 84.9 px (Liberation Sans: 166.2, 177.7, 72.2).
    expect(estimateTextWidth("Launch area (approximate)", 13)).toBeGreaterThanOrEqual(199.2);
    expect(estimateTextWidth("Republic (Jumhuriya) Bridge", 13)).toBeGreaterThanOrEqual(206.7);
    expect(estimateTextWidth("Green Zone", 13)).toBeGreaterThanOrEqual(84.9);
  });

  it("rounds up, and counts a character it does not know as the widest", () => {
    expect(estimateTextWidth("i", 10)).toBe(3.5);
    expect(estimateTextWidth("ب", 13)).toBe(estimateTextWidth("W", 13));
    expect(estimateTextWidth("", 13)).toBe(0);
  });
});

describe("labelLineOptions", () => {
  const measure = (s: string) => s.length * 10;

  it("prefers one line when it fits, with the best two-line split as the other option", () => {
    expect(labelLineOptions("Tahrir Square", 200, measure)).toEqual([["Tahrir Square"], ["Tahrir", "Square"]]);
  });

  it("prefers two lines when one is too wide, split where the longer line is shortest", () => {
    const options = labelLineOptions("Gate by the Ministry of Planning (approximate)", 176, measure);
    expect(options[0]).toEqual(["Gate by the Ministry of", "Planning (approximate)"]);
    expect(options[1]).toEqual(["Gate by the Ministry of Planning (approximate)"]);
  });

  it("never makes more than two lines, and leaves a single word whole", () => {
    for (const options of [labelLineOptions("a b c d e f g h", 10, measure), labelLineOptions("Tigris", 10, measure)]) {
      for (const lines of options) expect(lines.length).toBeLessThanOrEqual(2);
    }
    expect(labelLineOptions("Tigris", 10, measure)).toEqual([["Tigris"]]);
  });

  it("collapses runs of spaces", () => {
    expect(labelLineOptions("  Green   Zone ", 500, measure)[0]).toEqual(["Green Zone"]);
  });
});
