import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import type { LabelSide, Story, StoryLayerId } from "./schema";
import type { GeoRegistry } from "./validate";
import type { BBox, LngLat, MapView, PlaceFeature } from "@/geo/types";
import { viewToFit } from "@/geo/views";
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
  /** Where the label sits: approximate places are labelled above their disc. */
  labelSide: LabelSide;
  /** The point the label is attached to: the place itself, or the top of its disc. */
  labelAt: LngLat;
  nameAr?: string;
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
}

/** A place known only roughly always says so in its label. */
function labelOf(place: PlaceFeature, editorial: string | undefined): string {
  const label = editorial ?? place.properties.name;
  return isApproximate(place) && !/approximate/i.test(label) ? `${label} (approximate location)` : label;
}

/**
 * Approximate places are labelled on the edge of their disc, on the label's side,
 * away from a centre nobody knows; precise places at their point.
 */
function labelAnchor(place: PlaceFeature, side: LabelSide): LngLat {
  const [lng, lat] = place.geometry.coordinates as LngLat;
  if (!isApproximate(place)) return [lng, lat];
  const [west, south, east, north] = footprintBBox(place);
  return { top: [lng, north], bottom: [lng, south], left: [west, lat], right: [east, lat] }[side] as LngLat;
}

export function buildMapModel(story: Story, geo: GeoRegistry): StoryMapModel {
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
      label: labelOf(place, editorial?.text),
      labelSide,
      labelAt: labelAnchor(place, labelSide),
      ...(place.properties.name_ar ? { nameAr: place.properties.name_ar } : {}),
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
  };
}
