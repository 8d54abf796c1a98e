import { describe, expect, it } from "vitest";
import { formatKm } from "./figures";
import { loadGeo, loadStory } from "./load";

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
function haversineKm([lng1, lat1]: number[], [lng2, lat2]: number[]) {
  const a = Math.sin(rad(lat2! - lat1!) / 2) ** 2 + Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lng2! - lng1!) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

describe("figures written into the story", () => {
  const { story, figures } = loadStory();
  const geo = loadGeo();
  const at = (id: string) => geo.places.features.find((p) => p.properties.id === id)!.geometry.coordinates;

  it("state the flight's length as computed from the places, not typed", () => {
    const expected = formatKm(haversineKm(at(story.flight.from), at(story.flight.to)));
    expect(figures.flightDistanceKm).toBe(expected);
    const flightChapter = story.chapters.find((c) => c.layers.includes("flight-path") && c.layers.includes("drone"))!;
    expect(flightChapter.body.join(" ")).toContain(`about ${expected} kilometres to the ${figures.flightDirection}`);
  });

  it("leave no placeholder in any paragraph", () => {
    for (const chapter of story.chapters) expect(chapter.body.join(" ")).not.toMatch(/\{\{|\}\}/);
  });

  it("round kilometres as a reader expects", () => {
    expect(formatKm(2.6849)).toBe("2.7");
    expect(formatKm(0.04)).toBe("0.0");
    expect(formatKm(11.4)).toBe("11");
  });
});
