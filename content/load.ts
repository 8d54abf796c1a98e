import fs from "node:fs";
import path from "node:path";
import bbox from "@turf/bbox";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import { feature as topojsonFeature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { locatorMap, type LocatorMap } from "@/geo/locator";
import { staticMap, type StaticMap } from "@/geo/staticMap";
import { pointsAlongLine, pointsInsideArea } from "@/geo/namePoints";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { STATIC_LABEL_STYLE, staticMapView, type StaticLabelRequest, type StaticMapView } from "@/geo/staticLabels";
import { STATIC_LABELS_FIRST, staticMapViewsFor } from "./staticMapViews";
import { arabicLabelWidth, arabicRegularWidth, editionFace } from "./editionFont";
import { estimateRegularTextWidth } from "@/geo/labelFont";
import { unionBBox } from "@/geo/coords";
import { ContentError, parsePlaces, parseStory, type GeoRegistry } from "./validate";
import { parseFeatureCollection, type CollectionRules } from "./geometry";
import { buildMapModel, districtNamesIn, type MapName, type NamedDistrict, type StoryMapModel } from "./model";
import type { DistrictFeature } from "@/geo/districtNames";
import { resolveFigures, storyFlight } from "./figures";
import type { Story, StoryInput } from "./schema";
import { REFERENCE_EDITION } from "./routes";
import { editionProblems, parseEdition, parseSharedStory, storyInEdition, type EditionInfo, type EditionText, type SharedStory, type UiText } from "./editions";
import type { AreaFeature, BBox, LngLat } from "@/geo/types";
import { labelOnLine, tagFeatures, type BasemapProperties } from "@/geo/basemap";

/** Build-time access to the story files, relative to content/. Server code and scripts only. */
export const FILES = {
  /** What every edition shares: chapters' cameras, layers and places, the flight, the figures. */
  story: "story.json",
  /** One file of words per edition: editions/<lang>.json. */
  editions: "editions",
  places: "geodata/places.geojson",
  districts: "geodata/baghdad_adm3_ocha.geojson",
  river: "geodata/tigris_centerline_ocha_adm3.geojson",
  bridges: "geodata/bridges_schematic.geojson",
  greenZone: "geodata/green_zone_schematic.geojson",
} as const;

/** How error messages name a content file: by its path in the repository. */
export const displayPath = (file: string) => `content/${file}`;

export function readJsonFile(file: string): unknown {
  const absolute = path.join(process.cwd(), "content", file);
  const relative = displayPath(file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (error) {
    throw new ContentError(relative, [`cannot be read: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentError(relative, [`is not valid JSON: ${(error as Error).message}`]);
  }
}

/** The region the story may show: Baghdad's sub-districts, which also hold the airport. */
function regionOf(districts: FeatureCollection): BBox {
  const [w, s, e, n] = bbox(districts);
  return [w, s, e, n];
}

/** The geodata files the map draws, each validated: geometry types, coordinates, ids. */
interface AreaFiles {
  districts: FeatureCollection;
  river: FeatureCollection;
  bridges: FeatureCollection;
  greenZone: FeatureCollection;
  region: BBox;
}

let areaFilesCache: AreaFiles | undefined;

function loadAreaFiles(): AreaFiles {
  return (areaFilesCache ??= readAreaFiles());
}

type AreaFile = "districts" | "river" | "bridges" | "greenZone";
const ANYWHERE: BBox = [-180, -90, 180, 90];

/** What each area file may hold. The districts define the region, so they are checked against one another. */
function areaRules(name: AreaFile, region: BBox): CollectionRules {
  switch (name) {
    case "districts":
      return { types: ["Polygon", "MultiPolygon"], idProperty: "ADM3_PCODE", region: "others" };
    case "river":
      return { types: ["LineString", "Polygon"], idProperty: "id", region };
    case "bridges":
      return { types: ["LineString"], idProperty: "id", region };
    case "greenZone":
      return { types: ["Polygon", "MultiPolygon"], idProperty: "id", region };
  }
}

/**
 * Validates one area file's content (parsed JSON) against the story's region (which the
 * districts define, so for them it is not used); throws a ContentError naming the file.
 */
export function parseAreaFile(name: AreaFile, raw: unknown, region: BBox): FeatureCollection {
  return parseFeatureCollection(raw, displayPath(FILES[name]), areaRules(name, region));
}

function readAreaFiles(): AreaFiles {
  const districts = parseAreaFile("districts", readJsonFile(FILES.districts), ANYWHERE);
  const region = regionOf(districts);
  const read = (name: AreaFile) => parseAreaFile(name, readJsonFile(FILES[name]), region);
  return { districts, region, river: read("river"), bridges: read("bridges"), greenZone: read("greenZone") };
}

function riverFeature(id: string): Feature {
  const feature = loadAreaFiles().river.features.find((f) => f.properties?.id === id);
  if (!feature) throw new ContentError(displayPath(FILES.river), [`feature "${id}" is missing`]);
  return feature;
}

let geoCache: GeoRegistry | undefined;

/** The validated geodata, read once per build: every loader below shares it. */
export function loadGeo(): GeoRegistry {
  return (geoCache ??= readGeo());
}

function readGeo(): GeoRegistry {
  const { region, greenZone } = loadAreaFiles();
  const places = parsePlaces(readJsonFile(FILES.places), displayPath(FILES.places), region);
  const areas = greenZone.features as AreaFeature[];
  const river = riverFeature("tigris_refit_v2") as Feature<LineString>;
  return { places, areas, river, region };
}

export interface LoadedStory {
  /** The validated story in one edition's words, with computed figures written into its text. */
  story: Story;
  map: StoryMapModel;
  figures: Record<string, string>;
  edition: EditionInfo;
  /** The edition's words for the page's furniture. */
  ui: UiText;
}

/** The edition every other is checked against, and the one at the site's root. */
export { REFERENCE_EDITION };

const editionFile = (lang: string) => `${FILES.editions}/${lang}.json`;

/** The languages the story is written in: one file each in content/editions/, the reference first. */
export function editionLangs(): string[] {
  const langs = fs
    .readdirSync(path.join(process.cwd(), "content", FILES.editions))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
  return [REFERENCE_EDITION, ...langs.filter((lang) => lang !== REFERENCE_EDITION)];
}

const editionCache = new Map<string, EditionText>();

/** One edition's words, validated on their own and against the shared story and the reference edition. */
export function loadEdition(lang: string): EditionText {
  const cached = editionCache.get(lang);
  if (cached) return cached;
  const file = displayPath(editionFile(lang));
  const edition = parseEdition(readJsonFile(editionFile(lang)), file, lang);
  const reference = lang === REFERENCE_EDITION ? edition : loadEdition(REFERENCE_EDITION);
  const problems = editionProblems(readSharedStory(), edition, reference);
  if (problems.length) throw new ContentError(file, problems);
  editionCache.set(lang, edition);
  return edition;
}

let sharedCache: SharedStory | undefined;

function readSharedStory(): SharedStory {
  return (sharedCache ??= parseSharedStory(readJsonFile(FILES.story), displayPath(FILES.story)));
}

/** The story's raw input in one edition's words, before validation: what tests of bad data start from. */
export function storyInput(lang = REFERENCE_EDITION): StoryInput {
  return storyInEdition(readSharedStory(), loadEdition(lang));
}

const storyCache = new Map<string, LoadedStory>();

/** Loads, validates and prepares the story in one edition, once per build. Throws ContentError on bad data. */
export function loadStory(lang = REFERENCE_EDITION): LoadedStory {
  const cached = storyCache.get(lang);
  if (cached) return cached;
  const geo = loadGeo();
  const edition = loadEdition(lang);
  // The shared story and the edition's words are checked together: a problem names both files and the edition.
  const parsed = parseStory(storyInput(lang), `${displayPath(FILES.story)} with ${displayPath(editionFile(lang))} (edition "${lang}")`, geo);
  const flight = storyFlight(parsed, geo);
  const { story, figures } = resolveFigures(parsed, geo, flight, { locale: edition.edition.locale, compass: edition.words.compass });
  const names = basemapNames(loadBasemap(), edition.ui);
  const map = buildMapModel(story, geo, flight, names, edition.ui, lang, loadDistricts(lang));
  const loaded = { story, figures, map, edition: edition.edition, ui: edition.ui };
  storyCache.set(lang, loaded);
  return loaded;
}

const districtCache = new Map<string, NamedDistrict[]>();

/** The basemap's districts in an edition's words (see nameDistricts), once per build: the map model and the static map both use them. */
export function loadDistricts(lang = REFERENCE_EDITION): NamedDistrict[] {
  let named = districtCache.get(lang);
  if (!named) {
    const districts = loadBasemap().features.filter((f) => f.properties.layer === "district") as unknown as BasemapDistrict[];
    districtCache.set(lang, (named = nameDistricts(districts, loadEdition(lang).districtNames, lang, displayPath(editionFile(lang)))));
  }
  return named;
}

type BasemapDistrict = DistrictFeature & { properties: BasemapProperties };

/**
 * Names each district with an edition's `districtNames`, keyed by its official English name.
 * Every district needs a name in every edition; a name for a district the geodata lacks is a
 * mistake too: both are reported at once, naming the edition's file, the edition and the district.
 */
export function nameDistricts(districts: readonly BasemapDistrict[], names: Record<string, string>, lang: string, file: string): NamedDistrict[] {
  const official = districts.map((d) => d.properties.name!);
  const problems = [
    ...official.filter((name) => !Object.hasOwn(names, name)).map((name) => `edition "${lang}", districtNames "${name}": missing (${displayPath(FILES.districts)} has this district)`),
    ...Object.keys(names)
      .filter((name) => !official.includes(name))
      .map((name) => `edition "${lang}", districtNames "${name}": no such district in ${displayPath(FILES.districts)} (its ADM3_EN names them)`),
  ];
  if (problems.length) throw new ContentError(file, problems);
  return districts.map((d) => ({ feature: { ...d, properties: { id: d.properties.id } }, text: names[d.properties.name!]! }));
}

let locatorCache: LocatorMap | undefined;

/**
 * The locator inset: Iraq and its neighbours (Natural Earth, 1:110m), with Baghdad marked.
 * Every edition's (it has no words), so it is read and drawn once.
 */
export function loadLocator(): LocatorMap {
  return (locatorCache ??= drawLocator());
}

function drawLocator(): LocatorMap {
  const topology = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json"), "utf8"),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topojsonFeature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const { places } = loadGeo();
  const baghdad = places.features.find((p) => p.properties.id === "tahrir_square")!.geometry.coordinates as LngLat;
  return locatorMap(countries, "Iraq", baghdad, { width: 160, height: 160, marginDeg: 0.6 });
}

/** The static overview map: its geometry, drawn once, and one view (framing and labels) per range of widths. */
export interface StaticOverview {
  map: StaticMap;
  views: StaticMapView[];
  /**
   * True when the labels' widths are measured in the face they are set in: they are drawn
   * as they come. Otherwise each line is set to its estimated width (SVG textLength), which
   * would pull a cursive script's joined letters apart.
   */
  exactWidths: boolean;
}

/**
 * The static overview map for readers without JavaScript and for print: the same basemap,
 * the flight path and the story's places, framed on every chapter's view at once.
 */
export function loadStaticMap(lang = REFERENCE_EDITION): StaticOverview {
  let overview = staticMapCache.get(lang);
  if (!overview) staticMapCache.set(lang, (overview = buildStaticMap(lang)));
  return overview;
}

const staticMapCache = new Map<string, StaticOverview>();

/**
 * Where the static map may put a basemap name if its own spot is taken: along the river
 * (inside its drawn outline), or inside the Green Zone; its own spot first.
 */
function namePositions(names: string, at: LngLat): LngLat[] {
  const { river } = loadGeo();
  const riverArea = riverFeature("tigris_river_polygon_schematic") as Feature<Polygon>;
  switch (names) {
    case "river":
      return [at, ...pointsAlongLine(river, at, 0.4).filter((p) => booleanPointInPolygon(p, riverArea))];
    case "green-zone":
      return [at, ...loadAreaFiles().greenZone.features.flatMap((f) => pointsInsideArea(f as Feature<Polygon | MultiPolygon>, at, 0.15))];
    default:
      return [at];
  }
}

/**
 * How the static map sets an edition's labels: Arabic is measured in the face the site serves
 * for it, and drawn at exactly that width; other scripts are estimated wide enough for any
 * sans, and stretched to the estimate. And its views, with room for the edition's caption.
 */
export function staticLayoutFor(lang: string) {
  const { edition, ui } = loadEdition(lang);
  const exactWidths = editionFace(lang) !== null;
  const style = exactWidths ? { ...STATIC_LABEL_STYLE, measure: arabicLabelWidth } : STATIC_LABEL_STYLE;
  const captionMeasure = exactWidths ? arabicRegularWidth : estimateRegularTextWidth;
  return { style, exactWidths, specs: staticMapViewsFor(edition.dir, ui.staticMapCaption, captionMeasure) };
}

/** The static map in one edition's words: its labels measured, and the room they leave for the furniture mirrored, for its script. */
function buildStaticMap(lang: string): StaticOverview {
  const { story, map } = loadStory(lang);
  const basemap = loadBasemap();
  const of = (layer: string) => basemap.features.filter((f) => f.properties.layer === layer);
  const views = map.chapters.flatMap((c) => (c.view.kind === "bounds" ? [c.view.bounds] : []));
  const [w, s, e, n] = unionBBox(views);
  const pad = 0.08 * Math.max(e - w, n - s);
  const bounds: BBox = [w - pad, s - pad, e + pad, n + pad];
  const districts = loadDistricts(lang);
  const districtArea = new Map(districts.map((d) => [`district-${d.feature.properties.id}`, d.feature]));
  const names = [
    ...map.names.map((name) => ({ id: name.id, label: name.text, positions: namePositions(name.names, name.at), variant: name.names })),
    // The districts the overview shows, named last: they take the room the story leaves.
    ...districtNamesIn(districts, bounds).map((name) => ({
      id: name.id,
      label: name.text,
      positions: [name.at, ...pointsInsideArea(districtArea.get(name.id)!, name.at, 0.3, 24)],
      variant: name.names,
    })),
  ];
  const overview = staticMap(
    [
      { className: "static-map__land", features: of("district") },
      { className: "static-map__river", features: of("river") },
      { className: "static-map__green-zone", features: of("green-zone") },
      { className: "static-map__bridge", features: of("bridge") },
      {
        className: "static-map__flight",
        features: [{ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: map.flight.path } }],
      },
    ],
    map.places.features.map(({ properties: p, geometry }) => ({
      id: p.id,
      label: p.label,
      at: geometry.coordinates as LngLat,
      approximate: p.approximate,
      radiusM: p.uncertaintyM,
      labelSide: p.labelSide,
      labelAnchors: p.labelAnchors,
    })),
    bounds,
    800,
    names,
  );
  const editorialOrder = [...STATIC_LABELS_FIRST, ...Object.keys(story.placeLabels)];
  const rank = (id: string) => {
    const index = editorialOrder.indexOf(id);
    return index >= 0 ? index : editorialOrder.length;
  };
  const requests: StaticLabelRequest[] = [
    ...overview.places.map((p) => ({
      kind: "place" as const,
      id: p.id,
      text: p.label,
      preferred: p.labelSide,
      at: [p.x, p.y] as const,
      radius: p.approximate ? p.r : 0,
      anchors: p.anchors,
    })),
    ...overview.names.map((n) => ({ kind: "area" as const, id: n.id, text: n.label, positions: n.positions, variant: n.variant })),
  ]
    .map((request) => (STATIC_LABELS_FIRST.includes(request.id) ? { ...request, required: true } : request))
    .map((request, index) => ({ request, index }))
    // Stable: places the editors do not list keep the story's order, then come the names.
    .sort((a, b) => rank(a.request.id) - rank(b.request.id) || a.index - b.index)
    .map(({ request }) => request);
  const { style, exactWidths, specs } = staticLayoutFor(lang);
  return { map: overview, exactWidths, views: specs.map((spec) => staticMapView(requests, spec, style)) };
}

/** The names the basemap draws (its label features), in the edition's words, for the map to lay out with the story's labels. */
function basemapNames(basemap: FeatureCollection<GeoJSON.Geometry, BasemapProperties>, ui: UiText): MapName[] {
  const text = { river: ui.riverName, "green-zone": ui.greenZoneName } as const;
  return basemap.features.flatMap(({ geometry, properties: p }) =>
    p.layer === "label" && geometry.type === "Point" && (p.labels === "river" || p.labels === "green-zone")
      ? [{ id: p.id, text: text[p.labels], at: geometry.coordinates as LngLat, names: p.labels }]
      : [],
  );
}

let basemapCache: FeatureCollection<GeoJSON.Geometry, BasemapProperties> | undefined;

/**
 * The offline basemap, as one compact collection the map fetches after the text has loaded.
 * Read once per build: the basemap route and the static overview map both use it.
 */
export function loadBasemap(): FeatureCollection<GeoJSON.Geometry, BasemapProperties> {
  return (basemapCache ??= readBasemap());
}

function readBasemap(): FeatureCollection<GeoJSON.Geometry, BasemapProperties> {
  const riverArea: FeatureCollection = { type: "FeatureCollection", features: [riverFeature("tigris_river_polygon_schematic")] };
  const { places, river } = loadGeo();
  const at = (id: string) => {
    const place = places.features.find((p) => p.properties.id === id);
    if (!place) throw new ContentError(displayPath(FILES.places), [`place "${id}" is missing (the basemap labels use it)`]);
    return place.geometry.coordinates as LngLat;
  };
  const [shuhada, jumhuriya] = [at("shuhada_bridge_mid"), at("jumhuriya_bridge_mid")];
  return {
    type: "FeatureCollection",
    features: [
      ...tagFeatures(loadAreaFiles().districts, "district", (p) => ({
        id: String(p.ADM3_PCODE),
        name: String(p.ADM3_EN),
        name_ar: String(p.ADM3_AR),
      })),
      ...tagFeatures(riverArea, "river", () => ({ id: "tigris", name: "Tigris", name_ar: "دجلة" })),
      ...tagFeatures(loadAreaFiles().bridges, "bridge", (p) => ({
        id: String(p.id),
        name: String(p.name).replace(/\s*\(schematic axis\)$/, ""),
        name_ar: String(p.name_ar),
      })),
      ...tagFeatures(loadAreaFiles().greenZone, "green-zone", (p) => ({
        id: String(p.id),
        name: "Green Zone",
        name_ar: "المنطقة الخضراء",
      })),
      labelOnLine(
        river,
        [(shuhada[0] + jumhuriya[0]) / 2, (shuhada[1] + jumhuriya[1]) / 2],
        { id: "tigris-label", name: "Tigris", name_ar: "دجلة", labels: "river" },
      ),
      {
        type: "Feature",
        properties: { layer: "label", id: "green-zone-label", name: "Green Zone", name_ar: "المنطقة الخضراء", labels: "green-zone" },
        geometry: { type: "Point", coordinates: at("green_zone_label") },
      },
    ],
  };
}
