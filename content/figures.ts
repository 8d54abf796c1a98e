import type { Feature, Polygon } from "geojson";
import type { FigureSpec, Story } from "./schema";
import { FIGURE_TOKEN, type GeoRegistry } from "./validate";
import { compassPoint, flightPath, type FlightPath } from "@/geo/flight";
import { areaKm2, distanceToAreaKm } from "@/geo/measures";
import type { LngLat } from "@/geo/types";

/** Kilometres as a reader wants them: one decimal under 10 km, whole numbers above. */
export function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1) : String(Math.round(km));
}

export function storyFlight(story: Story, geo: GeoRegistry): FlightPath {
  const at = (id: string) => geo.places.features.find((p) => p.properties.id === id)!.geometry.coordinates as LngLat;
  return flightPath(at(story.flight.from), at(story.flight.to), geo.river);
}

function figureValue(spec: FigureSpec, geo: GeoRegistry, flight: FlightPath): string {
  const area = (id: string) => geo.areas.find((a) => a.properties.id === id) as Feature<Polygon>;
  const place = (id: string) => geo.places.features.find((p) => p.properties.id === id)!.geometry.coordinates as LngLat;
  switch (spec.kind) {
    case "area":
      return areaKm2(area(spec.area)).toFixed(1);
    case "distanceToArea":
      return formatKm(distanceToAreaKm(place(spec.from), area(spec.area)));
    case "flightDistance":
      return formatKm(flight.distanceKm);
    case "flightDirection":
      return compassPoint(flight.bearingDeg);
    case "flightRiverCrossing":
      if (!flight.crossing) throw new RangeError("the flight path does not cross the river, yet a figure states where it does");
      return formatKm(flight.crossing.fromLaunchKm);
  }
}

/** Computes every figure the story names and writes them into the paragraphs. */
export function resolveFigures(story: Story, geo: GeoRegistry, flight: FlightPath): { story: Story; figures: Record<string, string> } {
  const figures = Object.fromEntries(Object.entries(story.figures).map(([name, spec]) => [name, figureValue(spec, geo, flight)]));
  const fill = (paragraph: string) => paragraph.replace(FIGURE_TOKEN, (_, name: string) => figures[name]!);
  return {
    story: { ...story, chapters: story.chapters.map((c) => ({ ...c, body: c.body.map(fill) })) },
    figures,
  };
}
