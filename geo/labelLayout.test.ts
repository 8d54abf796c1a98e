import { describe, expect, it } from "vitest";
import { labelBox, shiftToFitAll, wrapText, type Margins, type PixelBox } from "./labelLayout";

const EDGE = { top: 6, right: 6, bottom: 6, left: 6 };
const shiftToFit = (boxes: PixelBox[], width: number, height: number, margins: Margins = EDGE) =>
  shiftToFitAll([{ boxes, margins }], width, height);

describe("shiftToFitAll, one group of boxes", () => {
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

describe("shiftToFitAll with margins of their own", () => {
  it("fits each group inside its own margins: the framed area close to the edge, labels clear of the credits", () => {
    const framed = { boxes: [{ left: 10, right: 300, top: 20, bottom: 250 }], margins: { top: 8, right: 8, bottom: 8, left: 8 } };
    const labels = { boxes: [{ left: 100, right: 160, top: 240, bottom: 256 }], margins: { top: 8, right: 8, bottom: 50, left: 8 } };
    // The labels need the view 6 px lower; the framed area allows up to 12.
    expect(shiftToFitAll([framed, labels], 400, 300)).toEqual({ dx: 0, dy: 6 });
    expect(shiftToFitAll([framed, { ...labels, margins: { ...labels.margins, bottom: 80 } }], 400, 300)).toBeNull();
  });

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
