import { describe, expect, it } from "vitest";
import { boxesOverlap, type LabelSide, type PixelBox } from "./labelLayout";
import { estimateTextWidth } from "./labelFont";
import {
  STATIC_LABEL_STYLE as STYLE,
  boxTouchesDisc,
  candidateFrames,
  placeStaticLabels,
  staticMapView,
  type MapPoint,
  type PlacedStaticLabel,
  type StaticLabelFrame,
  type StaticLabelRequest,
  type StaticViewSpec,
} from "./staticLabels";

/** A place drawn as a dot: every anchor is the point itself. */
function dot(id: string, at: MapPoint, preferred: LabelSide = "right", text = id): StaticLabelRequest {
  return { kind: "place", id, text, preferred, at, radius: 0, anchors: { top: at, bottom: at, left: at, right: at } };
}

/** A place known within `radius`: its anchors on the disc's edge. */
function disc(id: string, [x, y]: MapPoint, radius: number, preferred: LabelSide = "top", text = id): StaticLabelRequest {
  return {
    kind: "place",
    id,
    text,
    preferred,
    at: [x, y],
    radius,
    anchors: { top: [x, y - radius], bottom: [x, y + radius], left: [x - radius, y], right: [x + radius, y] },
  };
}

/** A frame of `width` × `height` CSS px drawn at 1 map unit per px (or `k`). */
function frame(width: number, height: number, k = 1, reserved: PixelBox[] = []): StaticLabelFrame {
  return { view: { left: 0, top: 0, right: width * k, bottom: height * k }, unitsPerPx: k, reserved };
}

/** The gap from a box to a point's disc: 0 when they touch. */
function gapToDisc(box: PixelBox, [cx, cy]: MapPoint, r: number): number {
  const dx = Math.max(box.left - cx, 0, cx - box.right);
  const dy = Math.max(box.top - cy, 0, cy - box.bottom);
  return Math.max(0, Math.hypot(dx, dy) - r);
}

/** What every placement must satisfy, whatever it chose. */
function expectSound(placed: PlacedStaticLabel[], f: StaticLabelFrame, requests: StaticLabelRequest[]) {
  const k = f.unitsPerPx;
  const margin = STYLE.marginPx * k;
  for (const [i, label] of placed.entries()) {
    const { box } = label;
    expect(box.left, `${label.id} inside`).toBeGreaterThanOrEqual(f.view.left + margin - 1e-9);
    expect(box.top, `${label.id} inside`).toBeGreaterThanOrEqual(f.view.top + margin - 1e-9);
    expect(box.right, `${label.id} inside`).toBeLessThanOrEqual(f.view.right - margin + 1e-9);
    expect(box.bottom, `${label.id} inside`).toBeLessThanOrEqual(f.view.bottom - margin + 1e-9);
    for (const r of f.reserved) expect(boxesOverlap(r, box, margin), `${label.id} clear of the furniture`).toBe(false);
    for (const other of placed.slice(i + 1)) {
      expect(boxesOverlap(box, other.box, STYLE.spacingPx * k - 1e-9), `${label.id} and ${other.id}`).toBe(false);
    }
    for (const r of requests) {
      if (r.kind === "place") expect(boxTouchesDisc(box, r.at, r.radius > 0 ? 0.5 : STYLE.dotRadiusPx * k), `${label.id} over ${r.id}'s mark`).toBe(false);
    }
    // The lines fill the box: each line's width is its estimate, the box as wide as the widest.
    const widths = label.lines.map((line) => line.width);
    expect(Math.max(...widths)).toBeCloseTo(box.right - box.left, 0);
    expect(label.lines.length).toBeLessThanOrEqual(2);
    expect(box.bottom - box.top).toBeCloseTo(label.lines.length * STYLE.lineHeightPx * k, 5);
    for (const line of label.lines) {
      expect(line.width).toBeCloseTo(estimateTextWidth(line.text, STYLE.fontPx) * k, 0);
      expect(line.x).toBeGreaterThanOrEqual(box.left - 0.1);
      expect(line.x + line.width).toBeLessThanOrEqual(box.right + 0.1);
    }
  }
}

describe("placeStaticLabels", () => {
  it("puts a lone dot's label on its preferred side, beside the dot", () => {
    const requests = [dot("a", [200, 150], "right", "Tahrir Square")];
    const f = frame(400, 300);
    const { placed, dropped } = placeStaticLabels(requests, f);
    expect(dropped).toEqual([]);
    expect(placed[0]!.side).toBe("right");
    const { box } = placed[0]!;
    expect(box.left).toBeCloseTo(200 + STYLE.dotRadiusPx + STYLE.edgeGapPx, 5);
    expect((box.top + box.bottom) / 2).toBeCloseTo(150, 5);
    expect(placed[0]!.lines).toHaveLength(1);
    expectSound(placed, f, requests);
  });

  it("hangs an approximate place's label off its disc's edge, on any side it takes", () => {
    const requests = [disc("a", [200, 150], 30, "top", "Launch area (approximate)")];
    const f = frame(400, 300);
    const { placed } = placeStaticLabels(requests, f);
    expect(placed[0]!.side).toBe("top");
    expect(gapToDisc(placed[0]!.box, [200, 150], 30)).toBeCloseTo(STYLE.edgeGapPx, 5);
    // Near the top edge, the label goes to another side, still edgeGap from the disc.
    const high = [disc("a", [200, 40], 30, "top", "Launch area (approximate)")];
    const moved = placeStaticLabels(high, f).placed[0]!;
    expect(moved.side).not.toBe("top");
    expect(gapToDisc(moved.box, [200, 40], 30)).toBeCloseTo(STYLE.edgeGapPx, 5);
    expectSound([moved], f, high);
  });

  it("keeps the anchor beside the text when it slides a label along a side", () => {
    // No room centred above (the frame's left edge): the label slides right along the top.
    const requests = [dot("a", [30, 150], "top", "Baghdad airport")];
    const { placed } = placeStaticLabels(requests, frame(400, 300));
    const { side, box } = placed[0]!;
    expect(side).toBe("top");
    expect(box.left).toBeLessThan(30);
    expect(box.right).toBeGreaterThan(30);
    expect(gapToDisc(box, [30, 150], STYLE.dotRadiusPx)).toBeCloseTo(STYLE.edgeGapPx, 5);
  });

  it("gives way: a label with no room is dropped, never drawn over another", () => {
    // Two discs around one point, in a strip with room on their right only.
    const requests = [disc("a", [20, 20], 5, "right", "First place"), disc("b", [20, 20], 5, "right", "Second place")];
    const f = frame(200, 40);
    const { placed, dropped } = placeStaticLabels(requests, f);
    expect(placed.map((p) => p.id)).toEqual(["a"]);
    expect(dropped).toEqual(["b"]);
    expectSound(placed, f, requests);
  });

  it("drops a label that fits nowhere in the frame", () => {
    const { placed, dropped } = placeStaticLabels([dot("a", [20, 20], "right", "A name far too long for this frame")], frame(80, 40));
    expect(placed).toEqual([]);
    expect(dropped).toEqual(["a"]);
  });

  it("serves labels in priority order: the first one listed gets the room", () => {
    const a = disc("a", [20, 20], 5, "right", "First place");
    const b = disc("b", [20, 20], 5, "right", "Other place");
    expect(placeStaticLabels([a, b], frame(200, 40)).dropped).toEqual(["b"]);
    expect(placeStaticLabels([b, a], frame(200, 40)).dropped).toEqual(["a"]);
  });

  it("keeps labels off the furniture over the map and off other places' dots and disc centres", () => {
    const caption: PixelBox = { left: 0, top: 200, right: 250, bottom: 300 };
    const requests = [
      dot("a", [100, 180], "bottom", "Baghdad airport"),
      dot("blocker", [140, 150]),
      disc("c", [100, 120], 20),
    ];
    const f = frame(400, 300, 1, [caption]);
    const { placed } = placeStaticLabels(requests, f);
    const a = placed.find((p) => p.id === "a")!;
    expect(a.side).not.toBe("bottom");
    expectSound(placed, f, requests);
  });

  it("keeps a label further from every other place's dot than from its own, so it names the right one", () => {
    // "b" sits just right of "a": a's label goes to another side rather than next to b's dot.
    const requests = [dot("a", [200, 150], "right", "Tahrir Square"), dot("b", [215, 150], "left", "B")];
    const { placed } = placeStaticLabels(requests, frame(400, 300));
    const a = placed.find((p) => p.id === "a")!;
    expect(a.side).not.toBe("right");
    expect(gapToDisc(a.box, [215, 150], 0)).toBeGreaterThan(STYLE.dotRadiusPx + STYLE.edgeGapPx);
    // Two dots at one point cannot be told apart by their labels: neither is labelled.
    expect(placeStaticLabels([dot("c", [200, 150]), dot("d", [200, 150])], frame(400, 300)).placed).toEqual([]);
  });

  it("prefers a position clear of other places' discs when there is one", () => {
    // Right of "a" lies the disc of "b"; left is free.
    const requests = [dot("a", [200, 150], "right", "Tahrir Square"), disc("b", [290, 150], 40)];
    const { placed } = placeStaticLabels(requests, frame(400, 300));
    const a = placed.find((p) => p.id === "a")!;
    expect(boxTouchesDisc(a.box, [290, 150], 40)).toBe(false);
  });

  it("centres an area's name on the first of its positions that is free", () => {
    const requests: StaticLabelRequest[] = [
      dot("a", [200, 150], "right", "Somewhere"),
      { kind: "area", id: "zone", text: "Green Zone", positions: [[230, 150], [200, 60]], variant: "green-zone" },
    ];
    const { placed } = placeStaticLabels(requests, frame(400, 300));
    const zone = placed.find((p) => p.id === "zone")!;
    expect(zone.side).toBe("center");
    expect(zone.variant).toBe("green-zone");
    expect((zone.box.left + zone.box.right) / 2).toBeCloseTo(200, 5);
    expect((zone.box.top + zone.box.bottom) / 2).toBeCloseTo(60, 5);
  });

  it("is the same at any scale: map units and px scale together", () => {
    const at = (s: number): StaticLabelRequest[] => [
      disc("a", [100 * s, 100 * s], 25 * s, "top", "Launch area (approximate)"),
      dot("b", [110 * s, 105 * s], "right", "Republic (Jumhuriya) Bridge"),
      dot("c", [60 * s, 200 * s], "top", "Baghdad airport"),
    ];
    const one = placeStaticLabels(at(1), frame(360, 288, 1));
    const three = placeStaticLabels(at(3), frame(360, 288, 3));
    expect(three.dropped).toEqual(one.dropped);
    expect(three.placed.map((p) => p.side)).toEqual(one.placed.map((p) => p.side));
    for (const [i, p] of three.placed.entries()) expect(p.box.left).toBeCloseTo(one.placed[i]!.box.left * 3, 5);
  });

  it("never overlaps, whatever the places (a crowd at random)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 20; round++) {
      // At 2 map units per px.
      const scaled = Array.from({ length: 12 }, (_, i) => {
        const at: MapPoint = [2 * (20 + random() * 320), 2 * (20 + random() * 250)];
        return random() < 0.5
          ? dot(`p${i}`, at, (["top", "right", "bottom", "left"] as const)[i % 4], `Place number ${i}`)
          : disc(`p${i}`, at, 2 * (5 + random() * 25), "top", `Area ${i} (approximate)`);
      });
      const f = frame(360, 288, 2, [{ left: 0, top: 480, right: 500, bottom: 576 }]);
      const { placed, dropped } = placeStaticLabels(scaled, f);
      expect(placed.length + dropped.length).toBe(12);
      expectSound(placed, f, scaled);
    }
  });
});

describe("candidateFrames and staticMapView", () => {
  const spec: StaticViewSpec = {
    name: "phone",
    nominalWidthPx: 360,
    aspect: 1.25,
    paddingPx: 12,
    maxZoomOut: 1.4,
    reserved: [
      { corner: "bottom-left", x: 8, y: 8, width: 264, height: 74 },
      { corner: "bottom-right", x: 10, y: 40, width: 72, height: 72 },
    ],
  };
  const requests: StaticLabelRequest[] = [
    disc("launch", [705, 94], 28, "top", "Launch area (approximate)"),
    dot("bridge", [695, 104], "right", "Republic (Jumhuriya) Bridge"),
    dot("airport", [59, 382], "top", "Baghdad airport"),
    disc("strike", [140, 402], 20, "bottom", "January 2020 strike site (approximate)"),
    { kind: "area", id: "zone", text: "Green Zone", positions: [[642, 181]] },
  ];

  it("frames every place inside the view with its padding, clear of the furniture, in the view's shape", () => {
    const frames = candidateFrames(requests.flatMap((r) => (r.kind === "place" ? [{ at: r.at, radius: r.radius }] : [])), spec);
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) {
      const { view, unitsPerPx: k } = f;
      expect((view.right - view.left) / (view.bottom - view.top)).toBeCloseTo(1.25, 2);
      expect(view.right - view.left).toBeCloseTo(360 * k, 5);
      for (const r of requests) {
        if (r.kind !== "place") continue;
        const radius = r.radius || STYLE.dotRadiusPx * k;
        expect(r.at[0] - radius).toBeGreaterThanOrEqual(view.left + 12 * k - 0.2);
        expect(r.at[0] + radius).toBeLessThanOrEqual(view.right - 12 * k + 0.2);
        for (const box of f.reserved) expect(boxTouchesDisc(box, r.at, radius)).toBe(false);
      }
    }
  });

  it("picks the frame where the most labels find room, and sets the type so it is 13 px at the nominal width", () => {
    const view = staticMapView(requests, spec);
    const [, , width] = view.viewBox;
    expect((view.fontSize * 360) / width).toBeGreaterThanOrEqual(13);
    expect((view.fontSize * 360) / width).toBeLessThan(13.01);
    const best = candidateFrames(requests.flatMap((r) => (r.kind === "place" ? [{ at: r.at, radius: r.radius }] : [])), spec)
      .map((f) => placeStaticLabels(requests, f).placed.length)
      .reduce((a, b) => Math.max(a, b));
    expect(view.labels).toHaveLength(best);
    expect(view.labels.map((l) => l.id)).toContain("launch");
  });
});
