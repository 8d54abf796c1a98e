import { describe, expect, it } from "vitest";
import { project, viewBounds } from "./mercator";

describe("viewBounds", () => {
  it("is the box a map of that size shows around its centre, as many pixels wide and tall", () => {
    const [west, south, east, north] = viewBounds([44.39, 33.31], 14, { width: 640, height: 480 });
    const nw = project([west, north], 14);
    const se = project([east, south], 14);
    expect(se.x - nw.x).toBeCloseTo(640, 6);
    expect(se.y - nw.y).toBeCloseTo(480, 6);
    const centre = project([44.39, 33.31], 14);
    expect((nw.x + se.x) / 2).toBeCloseTo(centre.x, 6);
    expect((nw.y + se.y) / 2).toBeCloseTo(centre.y, 6);
  });
});
