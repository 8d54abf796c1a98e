import type { Feature, Polygon } from "geojson";
import type { FigureSpec, Story } from "./schema";
import { FIGURE_TOKEN, type GeoRegistry } from "./validate";
import { compassPoint, flightPath, type CompassPoint, type FlightPath } from "@/geo/flight";
import { areaKm2, distanceToAreaKm } from "@/geo/measures";
import type { LngLat } from "@/geo/types";

/** How an edition writes the figures: its locale's numbers, its words for directions. */
export interface FigureWords {
  locale: string;
  compass: Record<CompassPoint, string>;
}

/** Kilometres as a reader wants them, in the edition's numerals: one decimal under 10 km, whole numbers above. */
export function formatKm(km: number, locale = "en-GB"): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(km);
}

export function storyFlight(story: Story, geo: GeoRegistry): FlightPath {
  const at = (id: string) => geo.places.features.find((p) => p.properties.id === id)!.geometry.coordinates as LngLat;
  return flightPath(at(story.flight.from), at(story.flight.to), geo.river);
}

function figureValue(spec: FigureSpec, geo: GeoRegistry, flight: FlightPath, words: FigureWords): string {
  const area = (id: string) => geo.areas.find((a) => a.properties.id === id) as Feature<Polygon>;
  const place = (id: string) => geo.places.features.find((p) => p.properties.id === id)!.geometry.coordinates as LngLat;
  switch (spec.kind) {
    case "area":
      return new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(areaKm2(area(spec.area)));
    case "distanceToArea":
      return formatKm(distanceToAreaKm(place(spec.from), area(spec.area)), words.locale);
    case "flightDistance":
      return formatKm(flight.distanceKm, words.locale);
    case "flightDirection":
      return words.compass[compassPoint(flight.bearingDeg)];
    case "flightRiverCrossing":
      if (!flight.crossing) throw new RangeError("the flight path does not cross the river, yet a figure states where it does");
      return formatKm(flight.crossing.fromLaunchKm, words.locale);
  }
}

/** Computes every figure the story names once, writes it in the edition's words, and puts it into the paragraphs. */
export function resolveFigures(
  story: Story,
  geo: GeoRegistry,
  flight: FlightPath,
  words: FigureWords,
): { story: Story; figures: Record<string, string> } {
  const figures = Object.fromEntries(Object.entries(story.figures).map(([name, spec]) => [name, figureValue(spec, geo, flight, words)]));
  const fill = (paragraph: string) => paragraph.replace(FIGURE_TOKEN, (_, name: string) => figures[name]!);
  return {
    story: { ...story, chapters: story.chapters.map((c) => ({ ...c, body: c.body.map(fill) })) },
    figures,
  };
}
