import { describe, expect, it } from "vitest";
import { frameView, planFrame, type FrameInput, type FrameLabel, type Framing } from "./frame";
import { boundsZoom, limitCenter, project, snapZoom, unproject } from "./mercator";
import { boxInside, boxesOverlap, type PixelBox } from "./labelLayout";
import type { BBox, LngLat } from "./types";

const RULES = { min: 10, max: 16, snap: 0.25 };
const PHONE_MAP = { width: 390, height: 380 };
const MARGINS = { top: 8, right: 8, bottom: 40, left: 8 };
/** Baghdad's sub-districts, padded by half (the story map's maxBounds). */
const LIMITS: BBox = [43.9, 33.05, 44.75, 33.6];

function input(overrides: Partial<FrameInput>): FrameInput {
  return {
    view: { kind: "bounds", bounds: [44.38, 33.29, 44.42, 33.33], maxZoom: 15 },
    size: PHONE_MAP,
    rules: RULES,
    limits: LIMITS,
    padding: 24,
    margins: MARGINS,
    furniture: [],
    labels: [],
    markers: [],
    maxZoomOut: 1,
    ...overrides,
  };
}

function pointLabel(id: string, at: LngLat, text: { width: number; height?: number }, sides: FrameLabel["sides"] = ["right", "left", "top", "bottom"]): FrameLabel {
  return { id, sides, anchors: { left: at, right: at, top: at, bottom: at }, width: text.width, height: text.height ?? 16, gap: 10, required: true };
}

/** What every plan must hold: labels on screen, clear of the furniture, of markers and of each other. */
function expectSound(plan: Framing, setup: FrameInput) {
  const { width, height } = setup.size;
  for (const label of plan.labels) {
    expect(boxInside(label.box, width, height, setup.margins), `${label.id} on screen`).toBe(true);
    for (const f of setup.furniture) expect(boxesOverlap(f, label.box), `${label.id} clear of furniture`).toBe(false);
  }
  plan.labels.forEach((a, i) =>
    plan.labels.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.id} and ${b.id} apart`).toBe(false)),
  );
  expect(plan.labels.length + plan.dropped.length).toBe(setup.labels.length);
}

describe("Web Mercator, as Leaflet computes it", () => {
  it("projects and unprojects a place to the same point", () => {
    const at: LngLat = [44.4071, 33.3269];
    const [lng, lat] = unproject(project(at, 13.25), 13.25);
    expect(lng).toBeCloseTo(at[0], 9);
    expect(lat).toBeCloseTo(at[1], 9);
  });

  it("puts 0°, 0° in the middle of a 256 px world at zoom 0", () => {
    expect(project([0, 0], 0)).toEqual({ x: 128, y: 128 });
  });
});

describe("zoom rules", () => {
  it("snaps to the map's zoom step and keeps within its limits", () => {
    expect(snapZoom(13.3, RULES)).toBe(13.25);
    expect(snapZoom(13.13, RULES)).toBe(13.25);
    expect(snapZoom(18, RULES)).toBe(16);
    expect(snapZoom(4, RULES)).toBe(10);
  });

  it("fits bounds at a zoom on the step, never closer than the view's own limit", () => {
    const zoom = boundsZoom([44.38, 33.29, 44.42, 33.33], PHONE_MAP, 24, RULES);
    expect(zoom % 0.25).toBe(0);
    const view = frameView({ kind: "bounds", bounds: [44.38, 33.29, 44.42, 33.33], maxZoom: 12.5 }, PHONE_MAP, 24, RULES);
    expect(view.zoom).toBe(12.5);
  });

  it("a view's zoom is snapped too, so the map can arrive where it is sent", () => {
    expect(frameView({ kind: "center", center: [44.39, 33.32], zoom: 11.6 }, PHONE_MAP, 24, RULES).zoom).toBe(11.5);
  });
});

describe("limitCenter", () => {
  it("leaves a centre well inside the limits alone", () => {
    expect(limitCenter([44.4, 33.32], 13, PHONE_MAP, LIMITS)).toEqual([44.4, 33.32]);
  });

  it("moves a centre so that the view stops at the limits' edge", () => {
    const [lng] = limitCenter([43.9, 33.32], 13, PHONE_MAP, LIMITS);
    const west = project([LIMITS[0], 33.32], 13).x;
    expect(project([lng, 33.32], 13).x - PHONE_MAP.width / 2).toBeCloseTo(west, 0);
  });
});

describe("planFrame", () => {
  it("without labels, frames the view as fitting its bounds does", () => {
    const setup = input({});
    const plan = planFrame(setup);
    const framed = frameView(setup.view, setup.size, setup.padding, RULES);
    expect(plan.zoom).toBe(framed.zoom);
    expect(plan.center[0]).toBeCloseTo(framed.center[0], 9);
  });

  it("gives a label its preferred side when that side is free", () => {
    const setup = input({ labels: [pointLabel("tahrir", [44.41, 33.3293], { width: 90 }, ["left", "right", "top", "bottom"])] });
    const plan = planFrame(setup);
    expect(plan.labels).toEqual([expect.objectContaining({ id: "tahrir", side: "left" })]);
    expectSound(plan, setup);
  });

  it("turns a label to another side rather than let it cover a label already placed", () => {
    const at: LngLat = [44.4, 33.31];
    const setup = input({
      labels: [pointLabel("first", at, { width: 80 }, ["right"]), pointLabel("second", at, { width: 80 }, ["right", "left"])],
    });
    const plan = planFrame(setup);
    expect(plan.labels.map((l) => l.side)).toEqual(["right", "left"]);
    expectSound(plan, setup);
  });

  it("keeps a label off a marker it does not name (a place's dot, the drone)", () => {
    const at: LngLat = [44.4, 33.31];
    const pixel = project(at, 14);
    const east = unproject({ x: pixel.x + 40, y: pixel.y }, 14);
    const setup = input({
      view: { kind: "center", center: at, zoom: 14 },
      labels: [pointLabel("place", at, { width: 80 }, ["right", "left"])],
      markers: [{ at: east, radius: 13 }],
    });
    expect(planFrame(setup).labels[0]!.side).toBe("left");
  });

  it("shifts the view to bring a long label on screen, keeping the framed area in view", () => {
    const bounds: BBox = [44.38, 33.29, 44.42, 33.33];
    const setup = input({ labels: [pointLabel("east", [44.42, 33.31], { width: 170 }, ["right"])] });
    const plan = planFrame(setup);
    expect(plan.labels[0]!.side).toBe("right");
    expectSound(plan, setup);
    const origin = project(plan.center, plan.zoom);
    const west = project([bounds[0], bounds[3]], plan.zoom).x - (origin.x - PHONE_MAP.width / 2);
    expect(west).toBeGreaterThanOrEqual(8);
  });

  it("stays clear of the key and the inset", () => {
    const key: PixelBox = { left: 200, right: 390, top: 250, bottom: 340 };
    const setup = input({ furniture: [key], labels: [pointLabel("gate", [44.402, 33.2955], { width: 150 }, ["right", "left", "top", "bottom"])] });
    const plan = planFrame(setup);
    expectSound(plan, setup);
    expect(plan.labels).toHaveLength(1);
  });

  it("lets a name that is not required give way instead of colliding, without moving the view", () => {
    const at: LngLat = [44.4, 33.31];
    const river: FrameLabel = { id: "tigris", sides: ["center"], anchors: { center: at }, width: 50, height: 16, gap: 0, required: false };
    const alone = planFrame(input({ view: { kind: "center", center: at, zoom: 14 } }));
    const setup = input({ view: { kind: "center", center: at, zoom: 14 }, labels: [pointLabel("place", at, { width: 100 }, ["right"]), river] });
    const plan = planFrame(setup);
    expect(plan.dropped).toEqual(["tigris"]);
    expect(plan.center).toEqual(alone.center);
    expect(plan.zoom).toBe(alone.zoom);
    expectSound(plan, setup);
  });

  it("zooms out a step at a time when labels cannot fit at the framed zoom", () => {
    // Two places 330 px apart at the framed zoom, with labels running out on either side.
    const setup = input({
      maxZoomOut: 1.5,
      view: { kind: "bounds", bounds: [44.39, 33.305, 44.41, 33.315], maxZoom: 16 },
      labels: [
        pointLabel("west", [44.39, 33.31], { width: 90 }, ["left"]),
        pointLabel("east", [44.41, 33.31], { width: 90 }, ["right"]),
      ],
    });
    const framed = frameView(setup.view, setup.size, setup.padding, RULES);
    const plan = planFrame(setup);
    expect(plan.zoom).toBeLessThan(framed.zoom);
    expect(plan.zoom % 0.25).toBe(0);
    expect(plan.dropped).toEqual([]);
    expectSound(plan, setup);
  });

  it("drops the label that cannot fit at any allowed zoom, and keeps the others", () => {
    const at: LngLat = [44.4, 33.31];
    const setup = input({
      view: { kind: "center", center: at, zoom: 14 },
      maxZoomOut: 0.5,
      labels: [pointLabel("a", at, { width: 300 }, ["top"]), pointLabel("b", at, { width: 300, height: 400 }, ["bottom"])],
    });
    const plan = planFrame(setup);
    expect(plan.labels.map((l) => l.id)).toEqual(["a"]);
    expect(plan.dropped).toEqual(["b"]);
    expectSound(plan, setup);
  });

  it("regression: at phone size the airport and the January 2020 strike site are labelled apart", () => {
    const airport: LngLat = [44.234444, 33.2625];
    const strike: LngLat = [44.25611, 33.25806];
    const r = 0.0054; // the strike site's 500 m disc, in degrees of longitude (about)
    const setup = input({
      view: { kind: "bounds", bounds: [44.2317, 33.2536, 44.4127, 33.3254], maxZoom: 13 },
      labels: [
        {
          id: "strike",
          sides: ["bottom", "right", "left", "top"],
          anchors: { top: [strike[0], strike[1] + r * 0.84], bottom: [strike[0], strike[1] - r * 0.84], left: [strike[0] - r, strike[1]], right: [strike[0] + r, strike[1]] },
          width: 160,
          height: 32,
          gap: 4,
          required: true,
        },
        pointLabel("airport", airport, { width: 110 }, ["top", "right", "left", "bottom"]),
      ],
      markers: [{ at: airport, radius: 8, labelId: "airport" }],
    });
    const plan = planFrame(setup);
    expect(plan.dropped).toEqual([]);
    expectSound(plan, setup);
  });

  it("regression: a map no larger than its padding (a hidden embed opening) gets a plan, as Leaflet would zoom it", () => {
    const setup = input({ size: { width: 40, height: 30 }, labels: [pointLabel("place", [44.4, 33.31], { width: 80 })] });
    const plan = planFrame(setup);
    expect(Number.isFinite(plan.zoom)).toBe(true);
    expect(plan.zoom).toBeLessThanOrEqual(RULES.max);
    expect(plan.dropped).toEqual(["place"]);
  });

  it("regression: without a zoom step (zoomSnap 0) it still zooms out a bounded number of steps", () => {
    const setup = input({
      rules: { ...RULES, snap: 0 },
      labels: [pointLabel("a", [44.4, 33.31], { width: 300 }, ["top"]), pointLabel("b", [44.4, 33.31], { width: 300, height: 400 }, ["bottom"])],
    });
    expect(planFrame(setup).dropped).toEqual(["b"]);
  });

  it("holds its promises for any set of labels (a sweep of generated cases)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 200; n++) {
      const labels = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) =>
        pointLabel(`p${i}`, [44.38 + random() * 0.04, 33.29 + random() * 0.04], { width: 40 + random() * 140, height: 16 + 16 * Math.floor(random() * 2) }),
      );
      const furniture: PixelBox[] = random() < 0.5 ? [{ left: 250, right: 390, top: 260, bottom: 340 }] : [];
      const setup = input({ labels, furniture });
      expectSound(planFrame(setup), setup);
    }
  });
});
