import { describe, expect, it } from "vitest";
import { labelBox, placeLabels, shiftToFit, wrapText } from "./labelLayout";

describe("shiftToFit", () => {
  it("leaves a view alone when everything fits", () => {
    expect(shiftToFit([{ left: 50, right: 200, top: 50, bottom: 70 }], 400, 300)).toEqual({ dx: 0, dy: 0 });
  });

  it("moves the view left when a label runs off the left edge, by just enough", () => {
    expect(shiftToFit([{ left: -40, right: 100, top: 50, bottom: 70 }], 400, 300)).toEqual({ dx: -46, dy: 0 });
  });

  it("moves the view right and down for labels off the right and bottom edges", () => {
    expect(shiftToFit([{ left: 300, right: 420, top: 280, bottom: 310 }], 400, 300)).toEqual({ dx: 26, dy: 16 });
  });

  it("asks to zoom out when the labels together are wider than the map", () => {
    expect(
      shiftToFit(
        [
          { left: -50, right: 10, top: 0, bottom: 10 },
          { left: 380, right: 460, top: 0, bottom: 10 },
        ],
        400,
        300,
      ),
    ).toBeNull();
  });
});

describe("shiftToFit with furniture margins", () => {
  it("keeps boxes clear of a tall bottom margin (the attribution and key)", () => {
    const margins = { top: 6, right: 6, bottom: 60, left: 6 };
    expect(shiftToFit([{ left: 10, right: 50, top: 200, bottom: 260 }], 400, 300, margins)).toEqual({ dx: 0, dy: 20 });
  });
});

describe("wrapText", () => {
  const measure = (s: string) => s.length * 10;
  it("keeps a short label on one line", () => {
    expect(wrapText("Tahrir Square", 200, measure)).toEqual({ width: 130, lines: ["Tahrir Square"] });
  });
  it("breaks a long label at word boundaries", () => {
    expect(wrapText("Gate by the Ministry of Planning (approximate)", 180, measure)).toEqual({ width: 130, lines: ["Gate by the", "Ministry of", "Planning", "(approximate)"] });
  });
  it("lets a single word longer than the limit overflow, as the browser does", () => {
    expect(wrapText("Supercalifragilistic", 100, measure)).toEqual({ width: 200, lines: ["Supercalifragilistic"] });
  });
});

describe("labelBox", () => {
  it("places labels on each side of the anchor, as Leaflet does", () => {
    expect(labelBox(100, 100, "right", 80, 16)).toEqual({ left: 110, right: 190, top: 92, bottom: 108 });
    expect(labelBox(100, 100, "left", 80, 16)).toEqual({ left: 10, right: 90, top: 92, bottom: 108 });
    expect(labelBox(100, 100, "top", 80, 16)).toEqual({ left: 60, right: 140, top: 74, bottom: 90 });
    expect(labelBox(100, 100, "bottom", 80, 16)).toEqual({ left: 60, right: 140, top: 110, bottom: 126 });
  });
});

describe("placeLabels", () => {
  const at = (x: number, y: number, preferred: "right" | "left" | "top" | "bottom") => ({
    preferred,
    boxOn: (side: "right" | "left" | "top" | "bottom") => labelBox(x, y, side, 100, 16),
  });
  const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
    b.left >= 0 && b.top >= 0 && b.right <= 400 && b.bottom <= 300;

  it("keeps the preferred side when it fits", () => {
    expect(placeLabels([at(100, 100, "right")], inside).map((p) => p.side)).toEqual(["right"]);
  });

  it("flips a label inward at the map's edge", () => {
    expect(placeLabels([at(380, 100, "right")], inside).map((p) => p.side)).toEqual(["left"]);
  });

  it("moves a label off one already placed", () => {
    expect(placeLabels([at(100, 100, "right"), at(100, 104, "right")], inside).map((p) => p.side)).toEqual(["right", "bottom"]);
  });

  it("falls back to the preferred side when nothing fits", () => {
    const tiny = () => false;
    expect(placeLabels([at(100, 100, "top")], tiny).map((p) => p.side)).toEqual(["top"]);
  });
});
