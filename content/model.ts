import type { Feature, FeatureCollection, Point } from "geojson";
import type { LabelSide, Story, StoryLayerId } from "./schema";
import type { UiText } from "./ui";
import type { GeoRegistry } from "./validate";
import type { BBox, LngLat, MapView, PlaceFeature } from "@/geo/types";
import { viewToFit } from "@/geo/views";
import type { FlightPath } from "@/geo/flight";
import { footprintBBox, isApproximate } from "@/geo/footprint";
import { districtSpots, type DistrictFeature } from "@/geo/districtNames";
import { viewBounds } from "@/geo/mercator";

/** What the map needs to know about a chapter: plain JSON, computed at build time. */
export interface ChapterMapState {
  id: string;
  title: string;
  view: MapView;
  transition: Story["chapters"][number]["transition"];
  layers: StoryLayerId[];
  highlight: string[];
  /** The districts the chapter's view shows, named where the camera may put them (they give way first). */
  districts: MapName[];
}

export interface MapPlaceProperties {
  id: string;
  label: string;
  /** Where the label prefers to sit; the camera may flip it to keep it on screen. */
  labelSide: LabelSide;
  /** The point a label on each side hangs from: the place itself, or its disc's edge. */
  labelAnchors: Record<LabelSide, LngLat>;
  nameAr?: string;
  /** What happened there, for the place's popup. */
  note?: string;
  /** The chapters that show this place (their ids: the model's chapters have their titles), for links from its popup. */
  chapters: string[];
  approximate: boolean;
  uncertaintyM: number;
}

export interface StoryMapModel {
  chapters: ChapterMapState[];
  /** Every place a chapter highlights, as a point. */
  places: FeatureCollection<Point, MapPlaceProperties>;
  /** The map may not be panned beyond this. */
  region: BBox;
  /** The map's attribution line; the page's credits section has them in full. */
  credits: string[];
  /** The schematic flight: its line, and points along it for the drone marker. */
  flight: { path: LngLat[] };
  /** Names drawn on the basemap (the Tigris, the Green Zone), with the layer each names. */
  names: MapName[];
  /** Every district, named once inside the region, for explore mode. */
  districts: MapName[];
}

export interface MapName {
  id: string;
  text: string;
  at: LngLat;
  /** The basemap layer it names: shown only while that layer is (districts are always drawn). */
  names: "river" | "green-zone" | "district";
}

/** A district of the basemap with its name in the edition's words. */
export interface NamedDistrict {
  feature: DistrictFeature;
  text: string;
}

/**
 * The size of map a centred view is planned for when its districts are named at build time
 * (a desktop map's half of the window); a smaller map shows less, and names off it give way.
 */
const NOMINAL_MAP = { width: 640, height: 640 };

/** What a chapter's view shows at least: its bounds, or the nominal map around its centre. */
const viewBBox = (view: MapView): BBox => (view.kind === "bounds" ? view.bounds : viewBounds(view.center, view.zoom, NOMINAL_MAP));

/** The districts a view shows, each named at the middle of its part in view. */
export function districtNamesIn(districts: readonly NamedDistrict[], view: BBox, minShare?: number): MapName[] {
  const text = new Map(districts.map((d) => [d.feature.properties.id, d.text]));
  return districtSpots(
    districts.map((d) => d.feature),
    view,
    { minShare },
  ).map(({ id, at }) => ({ id: `district-${id}`, text: text.get(id)!, at, names: "district" }));
}

/** A place known only roughly always says so in its label, in the edition's words. */
function labelOf(place: PlaceFeature, editorial: string | undefined, ui: Pick<UiText, "approximateStem" | "approximateSuffix">): string {
  const label = editorial ?? place.properties.name;
  return isApproximate(place) && !label.toLowerCase().includes(ui.approximateStem.toLowerCase()) ? `${label} ${ui.approximateSuffix}` : label;
}

/**
 * Approximate places are labelled on the edge of their disc, on the label's side,
 * away from a centre nobody knows; precise places at their point.
 */
function labelAnchors(place: PlaceFeature): Record<LabelSide, LngLat> {
  const [lng, lat] = place.geometry.coordinates as LngLat;
  if (!isApproximate(place)) return { top: [lng, lat], bottom: [lng, lat], left: [lng, lat], right: [lng, lat] };
  const [west, south, east, north] = footprintBBox(place);
  return { top: [lng, north], bottom: [lng, south], left: [west, lat], right: [east, lat] };
}

export function buildMapModel(
  story: Story,
  geo: GeoRegistry,
  flight: FlightPath,
  names: MapName[],
  ui: Pick<UiText, "approximateStem" | "approximateSuffix">,
  /** The edition's language: a place's Arabic name is shown beside its label, except where the label is Arabic already. */
  lang = "en",
  /** The basemap's districts, in the edition's words. */
  districts: readonly NamedDistrict[] = [],
): StoryMapModel {
  const placesById = new Map(geo.places.features.map((f) => [f.properties.id, f]));
  const fitById = new Map<string, (typeof geo.places.features)[number] | (typeof geo.areas)[number]>([
    ...placesById,
    ...geo.areas.map((a) => [a.properties.id, a] as const),
  ]);

  const chapters = story.chapters.map<ChapterMapState>((chapter) => {
    const view: MapView = chapter.camera.fit
      ? viewToFit(chapter.camera.fit.map((id) => fitById.get(id)!), chapter.camera.maxZoom)
      : { kind: "center", center: chapter.camera.center!, zoom: chapter.camera.zoom! };
    return {
      id: chapter.id,
      title: chapter.title,
      view,
      transition: chapter.transition,
      layers: chapter.layers,
      highlight: chapter.highlight,
      districts: districtNamesIn(districts, viewBBox(view)),
    };
  });

  const highlighted = [...new Set(story.chapters.flatMap((c) => c.highlight))].map((id) => placesById.get(id)!);
  const places = highlighted.map<Feature<Point, MapPlaceProperties>>((place) => {
    const editorial = story.placeLabels[place.properties.id];
    const labelSide = editorial?.side ?? (isApproximate(place) ? "top" : "right");
    return {
    type: "Feature",
    geometry: place.geometry,
    properties: {
      id: place.properties.id,
      label: labelOf(place, editorial?.text, ui),
      labelSide,
      labelAnchors: labelAnchors(place),
      ...(place.properties.name_ar && lang !== "ar" ? { nameAr: place.properties.name_ar } : {}),
      ...(editorial?.note ? { note: editorial.note } : {}),
      chapters: story.chapters
        .filter((c) => c.highlight.includes(place.properties.id) || c.camera.fit?.includes(place.properties.id))
        .map((c) => c.id),
      approximate: isApproximate(place),
      uncertaintyM: place.properties.uncertainty_m,
    },
    };
  });

  return {
    chapters,
    places: { type: "FeatureCollection", features: places },
    region: geo.region,
    credits: story.meta.mapCredits.flatMap((c) => (c.short ? [c.short] : [])),
    flight: { path: flight.path.geometry.coordinates as LngLat[] },
    names,
    // Explore mode names every district with a part of the region, however small.
    districts: districtNamesIn(districts, geo.region, 0),
  };
}
