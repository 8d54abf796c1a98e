import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import { ContentError } from "./validate";
import { FILES, displayPath, loadGeo, parseAreaFile, readJsonFile } from "./load";
import { parseFeatureCollection } from "./geometry";

type AreaFile = "districts" | "river" | "bridges" | "greenZone";
type RawFeature = { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
type RawCollection = { type: string; features: RawFeature[] };

const { region } = loadGeo();
const pristine = (name: AreaFile) => structuredClone(readJsonFile(FILES[name])) as RawCollection;
/** A feature of a raw area file by id, so fixtures do not depend on the file's order. */
const featureOf = (collection: RawCollection, id: string, idProperty = "id") => collection.features.find((f) => f.properties[idProperty] === id)!;
const indexOf = (name: AreaFile, id: string, idProperty = "id") => pristine(name).features.findIndex((f) => f.properties[idProperty] === id);
const swap = ([lng, lat]: Position): Position => [lat!, lng!];

/** The problems the build reports for an area file changed by `mutate`. */
function problemsAfter(name: AreaFile, mutate: (collection: RawCollection) => void): string[] {
  const collection = pristine(name);
  mutate(collection);
  try {
    parseAreaFile(name, collection, region);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toBe(displayPath(FILES[name]));
    expect((error as Error).message).toContain(displayPath(FILES[name]));
    return [...(error as ContentError).problems];
  }
  throw new Error(`expected ${FILES[name]} to be rejected`);
}

describe("the area files in the repository", () => {
  it("are valid: geometry types, closed rings, positions in the story's region", () => {
    for (const name of ["districts", "river", "bridges", "greenZone"] as const) {
      expect(parseAreaFile(name, pristine(name), region).features.length, name).toBeGreaterThan(0);
    }
  });
});

describe("invalid geometry in an area file fails the build, naming the file, feature id and field", () => {
  const greenZone = `feature "green_zone_schematic" (features[${indexOf("greenZone", "green_zone_schematic")}])`;

  it("a geometry of the wrong type (the Green Zone as a point)", () => {
    expect(
      problemsAfter("greenZone", (c) => {
        featureOf(c, "green_zone_schematic").geometry = { type: "Point", coordinates: [44.4, 33.3] };
      }),
    ).toEqual([`${greenZone} › geometry.type: expected Polygon or MultiPolygon, got "Point"`]);
  });

  it("a polygon ring that is not closed", () => {
    const ring = (pristine("greenZone").features[0]!.geometry.coordinates as Position[][])[0]!;
    expect(
      problemsAfter("greenZone", (c) => {
        (featureOf(c, "green_zone_schematic").geometry.coordinates as Position[][])[0]!.pop();
      }),
    ).toEqual([`${greenZone} › geometry.coordinates[0]: ring is not closed (it starts at [${ring[0]!.join(", ")}] and ends at [${ring.at(-2)!.join(", ")}])`]);
  });

  it("a ring too short to be a polygon, in the river's outline", () => {
    const id = "tigris_river_polygon_schematic";
    expect(
      problemsAfter("river", (c) => {
        const ring = (featureOf(c, id).geometry.coordinates as Position[][])[0]!;
        featureOf(c, id).geometry.coordinates = [[ring[0], ring[1], ring[0]]];
      }),
    ).toEqual([`feature "${id}" (features[${indexOf("river", id)}]) › geometry.coordinates[0]: a polygon ring needs at least 4 positions, got 3`]);
  });

  it("empty coordinates", () => {
    expect(
      problemsAfter("greenZone", (c) => {
        featureOf(c, "green_zone_schematic").geometry.coordinates = [];
      }),
    ).toEqual([`${greenZone} › geometry.coordinates: empty (expected a polygon's rings of positions)`]);
    const bridge = `feature "shuhada_bridge_line" (features[${indexOf("bridges", "shuhada_bridge_line")}])`;
    expect(
      problemsAfter("bridges", (c) => {
        featureOf(c, "shuhada_bridge_line").geometry.coordinates = [];
      }),
    ).toEqual([`${bridge} › geometry.coordinates: empty (expected a line)`]);
  });

  it("a non-numeric coordinate, and a position that is not a pair (a bridge)", () => {
    const bridge = `feature "shuhada_bridge_line" (features[${indexOf("bridges", "shuhada_bridge_line")}])`;
    expect(
      problemsAfter("bridges", (c) => {
        const line = featureOf(c, "shuhada_bridge_line").geometry.coordinates as unknown[];
        line[1] = ["44.384979", 33.336567];
        line[2] = [44.385];
      }),
    ).toEqual([
      `${bridge} › geometry.coordinates[1]: expected a [longitude, latitude] pair of numbers, got ["44.384979",33.336567]`,
      `${bridge} › geometry.coordinates[2]: expected a [longitude, latitude] pair of numbers, got [44.385]`,
    ]);
  });

  it("a line of one position, and a bridge drawn as a polygon", () => {
    const [aimmah, sarafiya] = ["aimmah_bridge_line", "sarafiya_bridge_line"].map((id) => `feature "${id}" (features[${indexOf("bridges", id)}])`);
    expect(
      problemsAfter("bridges", (c) => {
        const line = featureOf(c, "aimmah_bridge_line").geometry.coordinates as Position[];
        line.splice(1);
        featureOf(c, "sarafiya_bridge_line").geometry.type = "Polygon";
      }),
    ).toEqual([
      `${aimmah} › geometry.coordinates: a line needs at least 2 positions, got 1`,
      `${sarafiya} › geometry.type: expected LineString, got "Polygon"`,
    ]);
  });

  it("coordinates out of range, and outside the story's region (the river's centreline)", () => {
    const id = "tigris_refit_v2";
    const name = `feature "${id}" (features[${indexOf("river", id)}])`;
    expect(
      problemsAfter("river", (c) => {
        const line = featureOf(c, id).geometry.coordinates as Position[];
        line[3] = [444.35, 33.4];
        line[4] = [44.35, -95];
        line[5] = [45.5, 33.4];
      }),
    ).toEqual([
      `${name} › geometry.coordinates[3]: [444.35, 33.4] is out of range (GeoJSON order is [longitude, latitude])`,
      `${name} › geometry.coordinates[4]: [44.35, -95] is out of range (GeoJSON order is [longitude, latitude])`,
      `${name} › geometry.coordinates[5]: [45.5, 33.4] lies outside the story's region ${JSON.stringify(region)}`,
    ]);
  });

  it("latitude and longitude swapped: the whole Green Zone, reported once for its first positions", () => {
    const ring = (pristine("greenZone").features[0]!.geometry.coordinates as Position[][])[0]!;
    const problems = problemsAfter("greenZone", (c) => {
      const geometry = featureOf(c, "green_zone_schematic").geometry;
      geometry.coordinates = (geometry.coordinates as Position[][]).map((r) => r.map(swap));
    });
    expect(problems).toEqual([
      ...[0, 1, 2].map(
        (i) => `${greenZone} › geometry.coordinates[0][${i}]: [${swap(ring[i]!).join(", ")}] looks swapped; GeoJSON order is [longitude, latitude]`,
      ),
      `${greenZone}: … and ${ring.length - 3} more problems like these`,
    ]);
  });

  it("latitude and longitude swapped in one district, or in one of its positions (the districts define the region: they are checked against one another)", () => {
    const district = pristine("districts").features[2]!;
    const code = district.properties.ADM3_PCODE as string;
    const rings = district.geometry.coordinates as Position[][][];
    const points = rings.flat(2);
    const centre = [0, 1].map((k) => (Math.min(...points.map((p) => p[k]!)) + Math.max(...points.map((p) => p[k]!))) / 2);
    expect(
      problemsAfter("districts", (c) => {
        const geometry = featureOf(c, code, "ADM3_PCODE").geometry;
        geometry.coordinates = (geometry.coordinates as Position[][][]).map((polygon) => polygon.map((r) => r.map(swap)));
      }),
    ).toEqual([
      `feature "${code}" (features[2]) › geometry.coordinates: the feature lies around [${swap(centre)
        .map((n) => n!.toFixed(4))
        .join(", ")}]: it looks swapped; GeoJSON order is [longitude, latitude]`,
    ]);
    expect(
      problemsAfter("districts", (c) => {
        (featureOf(c, code, "ADM3_PCODE").geometry.coordinates as Position[][][])[0]![0]![5] = swap(rings[0]![0]![5]!);
      }),
    ).toEqual([
      `feature "${code}" (features[2]) › geometry.coordinates[0][0][5]: [${swap(rings[0]![0]![5]!).join(", ")}] looks swapped; GeoJSON order is [longitude, latitude]`,
    ]);
  });

  it("a district without its code, and one whose ring is not closed", () => {
    const third = pristine("districts").features[2]!.properties.ADM3_PCODE as string;
    const problems = problemsAfter("districts", (c) => {
      delete c.features[1]!.properties.ADM3_PCODE;
      (featureOf(c, third, "ADM3_PCODE").geometry.coordinates as Position[][][])[0]![0]!.pop();
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`feature (features[1]) › properties.ADM3_PCODE: expected the feature's id, got undefined`);
    expect(problems[1]).toMatch(new RegExp(`^feature "${third}" \\(features\\[2\\]\\) › geometry\\.coordinates\\[0\\]\\[0\\]: ring is not closed`));
  });

  it("a file that is not a FeatureCollection of features", () => {
    expect(problemsAfter("bridges", (c) => (c.type = "GeometryCollection"))).toEqual([`(top level) › type: expected "FeatureCollection", got "GeometryCollection"`]);
    expect(problemsAfter("bridges", (c) => (c.features = []))).toEqual([`(top level) › features: expected a non-empty array of features, got []`]);
  });

  it("a duplicate feature id", () => {
    expect(
      problemsAfter("bridges", (c) => {
        c.features[1]!.properties.id = c.features[0]!.properties.id;
      }),
    ).toEqual([`feature "${pristine("bridges").features[0]!.properties.id}" (features[1]) › properties.id: duplicate id`]);
  });
});

describe("parseFeatureCollection", () => {
  it("accepts MultiPolygons and three-number positions (with an altitude)", () => {
    const square = [[44.3, 33.3, 0], [44.31, 33.3, 0], [44.31, 33.31, 0], [44.3, 33.3, 0]];
    const raw = { type: "FeatureCollection", features: [{ type: "Feature", properties: { id: "a" }, geometry: { type: "MultiPolygon", coordinates: [[square]] } }] };
    expect(parseFeatureCollection(raw, "x.geojson", { types: ["MultiPolygon"], idProperty: "id", region }).features).toHaveLength(1);
  });
});
