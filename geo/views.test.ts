import { describe, expect, it } from "vitest";
import { viewToFit } from "./views";
import { footprintBBox } from "./footprint";
import { bboxContains } from "./coords";
import type { PlaceFeature } from "./types";

const place = (id: string, coordinates: [number, number], uncertainty_m: number): PlaceFeature => ({
  type: "Feature",
  geometry: { type: "Point", coordinates },
  properties: { id, name: id, role: "test", source: "test", uncertainty_m, approximate: false },
});

describe("viewToFit", () => {
  const airport = place("airport", [44.234444, 33.2625], 100);
  const bridge = place("bridge", [44.404512, 33.324762], 100);

  it("frames every place with its uncertainty", () => {
    const view = viewToFit([airport, bridge], 13);
    expect(view.kind).toBe("bounds");
    if (view.kind !== "bounds") return;
    expect(view.maxZoom).toBe(13);
    for (const p of [airport, bridge]) expect(bboxContains(view.bounds, footprintBBox(p))).toBe(true);
    expect(view.bounds[0]).toBeLessThan(44.234444);
    expect(view.bounds[2]).toBeGreaterThan(44.404512);
  });

  it("refuses to frame nothing", () => {
    expect(() => viewToFit([])).toThrow(/nothing to fit/);
  });
});
