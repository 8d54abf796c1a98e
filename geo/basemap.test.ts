import { describe, expect, it } from "vitest";
import { roundGeometry, tagFeatures } from "./basemap";

describe("roundGeometry", () => {
  it("rounds nested coordinates to the given decimals", () => {
    expect(
      roundGeometry({ type: "LineString", coordinates: [[44.1234567, 33.9876543], [44.1, 33.2]] }, 5),
    ).toEqual({ type: "LineString", coordinates: [[44.12346, 33.98765], [44.1, 33.2]] });
    expect(
      roundGeometry({ type: "MultiPolygon", coordinates: [[[[1.123456, 2.1], [1, 2], [1.123456, 2.1]]]] }, 2),
    ).toEqual({ type: "MultiPolygon", coordinates: [[[[1.12, 2.1], [1, 2], [1.12, 2.1]]]] });
  });
});

describe("tagFeatures", () => {
  it("keeps only the picked properties and tags the layer", () => {
    const out = tagFeatures(
      {
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: { id: "b", junk: 1 }, geometry: { type: "Point", coordinates: [1.0000001, 2] } }],
      },
      "bridge",
      (p) => ({ id: String(p.id) }),
    );
    expect(out).toEqual([{ type: "Feature", properties: { layer: "bridge", id: "b" }, geometry: { type: "Point", coordinates: [1, 2] } }]);
  });

  it("names the layer of a feature without geometry", () => {
    expect(() =>
      tagFeatures({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: null as never }] }, "river", () => ({ id: "r" })),
    ).toThrow(/river feature 0 has no geometry/);
  });
});
