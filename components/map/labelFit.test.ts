import { describe, expect, it } from "vitest";
import { labelBox, shiftToFit } from "./labelFit";

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

describe("labelBox", () => {
  it("places labels on each side of the anchor, as Leaflet does", () => {
    expect(labelBox(100, 100, "right", 80, 16)).toEqual({ left: 110, right: 190, top: 92, bottom: 108 });
    expect(labelBox(100, 100, "left", 80, 16)).toEqual({ left: 10, right: 90, top: 92, bottom: 108 });
    expect(labelBox(100, 100, "top", 80, 16)).toEqual({ left: 60, right: 140, top: 74, bottom: 90 });
    expect(labelBox(100, 100, "bottom", 80, 16)).toEqual({ left: 60, right: 140, top: 110, bottom: 126 });
  });
});
