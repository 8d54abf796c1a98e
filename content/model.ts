import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import type { LabelSide, Story, StoryLayerId } from "./schema";
import type { UiText } from "./ui";
import type { GeoRegistry } from "./validate";
import type { BBox, LngLat, MapView, PlaceFeature } from "@/geo/types";
import { viewToFit } from "@/geo/views";
import type { FlightPath } from "@/geo/flight";
import { footprintBBox, isApproximate, uncertaintyArea } from "@/geo/footprint";

/** What the map needs to know about a chapter: plain JSON, computed at build time. */
export interface ChapterMapState {
  id: string;
  title: string;
  view: MapView;
  transition: Story["chapters"][number]["transition"];
  layers: StoryLayerId[];
  highlight: string[];
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
  /** The chapters that show this place, for links from its popup. */
  chapters: { id: string; title: string }[];
  approximate: boolean;
  uncertaintyM: number;
}

export interface StoryMapModel {
  chapters: ChapterMapState[];
  /** Every place a chapter highlights, as a point. */
  places: FeatureCollection<Point, MapPlaceProperties>;
  /** Uncertainty discs of the approximate places among them. */
  areas: FeatureCollection<Polygon, { id: string; radius_m: number }>;
  /** The map may not be panned beyond this. */
  region: BBox;
  /** The map's attribution line; the page's credits section has them in full. */
  credits: string[];
  /** The schematic flight: its line, and points along it for the drone marker. */
  flight: { path: LngLat[]; samples: LngLat[] };
  /** Names drawn on the basemap (the Tigris, the Green Zone), with the layer each names. */
  names: MapName[];
}

export interface MapName {
  id: string;
  text: string;
  at: LngLat;
  /** The basemap layer it names: shown only while that layer is. */
  names: "river" | "green-zone";
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
): StoryMapModel {
  const placesById = new Map(geo.places.features.map((f) => [f.properties.id, f]));
  const fitById = new Map<string, (typeof geo.places.features)[number] | (typeof geo.areas)[number]>([
    ...placesById,
    ...geo.areas.map((a) => [a.properties.id, a] as const),
  ]);

  const chapters = story.chapters.map<ChapterMapState>((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    view: chapter.camera.fit
      ? viewToFit(chapter.camera.fit.map((id) => fitById.get(id)!), chapter.camera.maxZoom)
      : { kind: "center", center: chapter.camera.center!, zoom: chapter.camera.zoom! },
    transition: chapter.transition,
    layers: chapter.layers,
    highlight: chapter.highlight,
  }));

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
        .map((c) => ({ id: c.id, title: c.title })),
      approximate: isApproximate(place),
      uncertaintyM: place.properties.uncertainty_m,
    },
    };
  });
  const areas = highlighted.filter(isApproximate).map((place) => uncertaintyArea(place));

  return {
    chapters,
    places: { type: "FeatureCollection", features: places },
    areas: { type: "FeatureCollection", features: areas },
    region: geo.region,
    credits: story.meta.mapCredits.flatMap((c) => (c.short ? [c.short] : [])),
    flight: { path: flight.path.geometry.coordinates as LngLat[], samples: flight.samples },
    names,
  };
}
