import { describe, expect, it } from "vitest";
import { formatMapHash, parseMapHash } from "./mapHash";

const limits = { minZoom: 10, maxZoom: 16, region: [44, 33, 44.8, 33.6] as [number, number, number, number] };

describe("parseMapHash", () => {
  it("reads zoom, latitude and longitude", () => {
    expect(parseMapHash("#map=14.5/33.31/44.39", limits)).toEqual({ zoom: 14.5, center: [44.39, 33.31] });
  });

  it.each([
    ["", "empty"],
    ["#launch-site", "a chapter hash"],
    ["#map=14/33.31", "too few parts"],
    ["#map=14/33.31/44.39/1", "too many parts"],
    ["#map=abc/33.31/44.39", "not numbers"],
    ["#map=40/33.31/44.39", "zoom out of range"],
    ["#map=14/44.39/33.31", "latitude and longitude swapped"],
    ["#map=14/48.85/2.35", "outside the region"],
    ["#map=14/33.31/44.39<script>alert(1)</script>", "a script payload"],
    ["#map=14/33.31/44.39%22onload=alert(1)", "an attribute payload"],
    [`#map=14/${"3".repeat(80)}/44.39`, "absurdly long"],
  ])("ignores %j (%s)", (hash) => {
    expect(parseMapHash(hash, limits)).toBeNull();
  });
});

describe("formatMapHash", () => {
  it("writes a compact, round-trippable hash", () => {
    const hash = formatMapHash({ zoom: 13.25, center: [44.3901234, 33.3098765] });
    expect(hash).toBe("#map=13.25/33.30988/44.39012");
    expect(parseMapHash(hash, limits)).toEqual({ zoom: 13.25, center: [44.39012, 33.30988] });
  });
});
