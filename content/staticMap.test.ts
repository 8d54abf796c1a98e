import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boxesOverlap } from "@/geo/labelLayout";
import { STATIC_LABEL_STYLE as STYLE, boxTouchesDisc } from "@/geo/staticLabels";
import { editionLangs, loadEdition, loadStaticMap, staticLayoutFor } from "./load";
import { STATIC_LABELS_FIRST, STATIC_MAP_VIEWS, staticMapViewsFor } from "./staticMapViews";
import { estimateRegularTextWidth as estimateTextWidth } from "@/geo/labelFont";

/** The story's static overview map, in each edition, as the page draws it at each range of widths. */
describe.each(editionLangs())("the static overview map, edition %s", (lang) => {
  const { map, views } = loadStaticMap(lang);
  const place = (id: string) => map.places.find((p) => p.id === id);

  it("has one view per range of widths, each shown by the stylesheet", () => {
    const css = fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
    expect(views.map((v) => v.name)).toEqual(STATIC_MAP_VIEWS.map((s) => s.name));
    for (const { name } of views) expect(css).toMatch(new RegExp(`\\.static-map__view--${name}\\s*\\{\\s*display:\\s*block;`));
  });

  for (const spec of staticLayoutFor(lang).specs) {
    describe(`${spec.name} view (${spec.nominalWidthPx} px and wider)`, () => {
      const view = views.find((v) => v.name === spec.name)!;
      const [left, top, width, height] = view.viewBox;
      const k = width / spec.nominalWidthPx;

      it("sets the labels at 13 px or more at its narrowest width", () => {
        expect(view.fontSize / k).toBeGreaterThanOrEqual(13);
        expect(width / height).toBeCloseTo(spec.aspect, 2);
      });

      it("keeps every label inside the view, clear of the furniture over the map and of every other label", () => {
        const reserved = spec.reserved.map(({ corner, x, y, width: w, height: h }) => {
          const bottom = top + height - y * k;
          const l = corner === "bottom-left" ? left + x * k : left + width - (x + w) * k;
          return { left: l, right: l + w * k, top: bottom - h * k, bottom };
        });
        for (const [i, label] of view.labels.entries()) {
          const { box } = label;
          expect(box.left).toBeGreaterThanOrEqual(left);
          expect(box.right).toBeLessThanOrEqual(left + width);
          expect(box.top).toBeGreaterThanOrEqual(top);
          expect(box.bottom).toBeLessThanOrEqual(top + height);
          for (const r of reserved) expect(boxesOverlap(r, box, 0), `${label.id} under the caption or inset`).toBe(false);
          for (const other of view.labels.slice(i + 1)) expect(boxesOverlap(box, other.box, 0), `${label.id} / ${other.id}`).toBe(false);
          for (const p of map.places) {
            if (!p.approximate) expect(boxTouchesDisc(box, [p.x, p.y], view.dotRadius), `${label.id} over ${p.id}'s dot`).toBe(false);
          }
        }
      });

      it("puts each place's label against its disc's edge or beside its dot, and each name on what it names", () => {
        for (const label of view.labels) {
          const p = place(label.id);
          if (p) {
            const { box } = label;
            const dx = Math.max(box.left - p.x, 0, p.x - box.right);
            const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
            const edge = p.approximate ? p.r : view.dotRadius;
            const gap = Math.hypot(dx, dy) - edge;
            expect(gap, label.id).toBeGreaterThanOrEqual(STYLE.edgeGapPx * k - 0.5);
            expect(gap, label.id).toBeLessThanOrEqual(STYLE.edgeGapPx * k + 0.5);
          } else {
            const name = map.names.find((n) => n.id === label.id)!;
            const [cx, cy] = [(label.box.left + label.box.right) / 2, (label.box.top + label.box.bottom) / 2];
            expect(name.positions.some(([x, y]) => Math.abs(x - cx) < 0.2 && Math.abs(y - cy) < 0.2), label.id).toBe(true);
          }
        }
      });

      it("labels the launch area, the Green Zone, and the airport or the strike site", () => {
        const ids = view.labels.map((l) => l.id);
        for (const id of STATIC_LABELS_FIRST) expect(ids).toContain(id);
        expect(ids.some((id) => id === "bgw_airport_reference_point" || id === "soleimani_strike_estimate")).toBe(true);
        expect([...ids, ...view.dropped].sort()).toEqual([...map.places.map((p) => p.id), ...map.names.map((n) => n.id)].sort());
      });
    });
  }

  it("draws its geometry once, for every view", () => {
    for (const layer of map.layers) expect(layer.d).toMatch(/^m[-\d]/);
    // Whole units in relative steps: no decimals in the paths.
    expect(map.layers.map((l) => l.d).join("")).not.toMatch(/\./);
  });
});

describe("the static map in each edition's words", () => {
  it("labels the places and names with the edition's words, the same places in every edition", () => {
    const english = loadStaticMap("en");
    for (const lang of editionLangs()) {
      const { views, map } = loadStaticMap(lang);
      const { placeLabels, ui } = loadEdition(lang);
      expect(map.places.map((p) => p.id)).toEqual(english.map.places.map((p) => p.id));
      for (const label of views.flatMap((v) => v.labels)) {
        const text = label.lines.map((line) => line.text).join(" ");
        const expected = placeLabels[label.id]?.text ?? (label.variant === "river" ? ui.riverName : label.variant === "green-zone" ? ui.greenZoneName : null);
        if (expected) expect(text.startsWith(expected), `${lang} ${label.id}: "${text}"`).toBe(true);
      }
    }
  });

  it("leaves room for the edition's caption, as tall as its words make it", () => {
    const short = staticMapViewsFor("ltr", "A map.", estimateTextWidth);
    const long = staticMapViewsFor("ltr", "A map. ".repeat(40), estimateTextWidth);
    for (const [i, spec] of short.entries()) {
      expect(spec.reserved[0]!.height).toBe(Math.ceil(17.2 + 8));
      expect(long[i]!.reserved[0]!.height).toBeGreaterThan(3 * spec.reserved[0]!.height);
      expect(long[i]!.reserved[1]).toEqual(STATIC_MAP_VIEWS[i]!.reserved[1]);
    }
  });

  it("mirrors the room it leaves for the caption and the inset in a right-to-left edition", () => {
    const rtl = staticMapViewsFor("rtl", "A map.", estimateTextWidth);
    for (const [i, spec] of STATIC_MAP_VIEWS.entries()) {
      expect(rtl[i]!.reserved.map((r) => r.corner)).toEqual(spec.reserved.map((r) => (r.corner === "bottom-left" ? "bottom-right" : "bottom-left")));
    }
  });

  it("measures Arabic labels in the Arabic face and draws them unstretched; other editions are stretched to their estimates", () => {
    expect(loadStaticMap("ar").exactWidths).toBe(true);
    expect(loadStaticMap("en").exactWidths).toBe(false);
    expect(loadStaticMap("fr").exactWidths).toBe(false);
  });
});
