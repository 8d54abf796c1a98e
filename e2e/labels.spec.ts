import { expect, test, type Locator, type Page } from "@playwright/test";
import { chapterIds, scrollToChapter, settledBounds } from "./helpers";
import { editionLangs, loadStory } from "../content/load";
import { embedPath, storyPath } from "../content/routes";
import type { StoryMapModel } from "../content/model";

/**
 * Map labels, measured from the rendered text's own boxes (a Range over each label's text,
 * one box per line), not from their elements: in every chapter, on the story page and in the
 * embed, in every edition, at desktop and phone sizes, no two labels overlap, none covers the map's furniture
 * or the drone, each lies inside the map, and each sits against what it names.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface MapReport {
  map: Box;
  labels: { id: string; text: string; lines: Box[] }[];
  furniture: { name: string; box: Box }[];
  /** Uncertainty circles and dots by place id, the flight path as points, in page pixels. */
  circles: Record<string, { x: number; y: number; r: number }>;
  dots: Record<string, { x: number; y: number }>;
  path: { x: number; y: number }[];
}

/** Reads, in the page, every visible label's text boxes and what they must keep clear of or stay near. */
function readMap(map: Locator): Promise<MapReport> {
  return map.evaluate((container) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const labels = Array.from(container.querySelectorAll<HTMLElement>(".map-label"))
      .filter(shown)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).map(box);
        return { id: el.dataset.labelFor ?? "", text: el.textContent ?? "", lines };
      });
    const furniture = [
      ["key", ".map-legend"],
      ["explore button", ".map-explore-toggle"],
      ["credits", ".leaflet-control-attribution"],
      ["scale", ".map-scale-reference"],
      ["drone", ".drone-marker"],
    ].flatMap(([name, selector]) =>
      Array.from(container.querySelectorAll(selector!)).filter(shown).map((el) => ({ name: name!, box: box(el.getBoundingClientRect()) })),
    );
    const inset = container.parentElement?.querySelector(".locator-inset");
    if (inset && shown(inset)) furniture.push({ name: "locator inset", box: box(inset.getBoundingClientRect()) });
    const idOf = (el: Element, prefix: string) => Array.from(el.classList).find((c) => c.startsWith(prefix))!.slice(prefix.length);
    const circles = Object.fromEntries(
      Array.from(container.querySelectorAll(".map-area")).map((el) => {
        const r = el.getBoundingClientRect();
        return [idOf(el, "map-area--"), { x: r.left + r.width / 2, y: r.top + r.height / 2, r: r.width / 2 }];
      }),
    );
    const dots = Object.fromEntries(
      Array.from(container.querySelectorAll(".map-dot")).map((el) => {
        const r = el.getBoundingClientRect();
        return [idOf(el, "map-dot--"), { x: r.left + r.width / 2, y: r.top + r.height / 2 }];
      }),
    );
    const line = container.querySelector<SVGPathElement>("path.layer-flight-path");
    const path: { x: number; y: number }[] = [];
    if (line) {
      const ctm = line.getScreenCTM()!;
      const length = line.getTotalLength();
      for (let i = 0; i <= 100; i++) {
        const p = line.getPointAtLength((length * i) / 100).matrixTransform(ctm);
        path.push({ x: p.x, y: p.y });
      }
    }
    return { map: box(container.getBoundingClientRect()), labels, furniture, circles, dots, path };
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const union = (boxes: Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)),
  top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});
/** Distance from a point to the nearest point of a box (0 inside it). */
const distance = (p: { x: number; y: number }, b: Box) =>
  Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));

/** A label's text may be this many pixels further from its feature than the gap it is hung at. */
const SLACK = 4;
const GAP = { area: 4, point: 10, path: 16 };

function checkLabels(report: MapReport, where: string) {
  const { labels, furniture, circles, dots, path, map } = report;
  for (const label of labels) {
    const name = `${where}: "${label.text}"`;
    expect(label.lines.length, `${name} has text`).toBeGreaterThan(0);
    const text = union(label.lines);
    expect(text.left, `${name} inside the map (left)`).toBeGreaterThanOrEqual(map.left - 0.5);
    expect(text.right, `${name} inside the map (right)`).toBeLessThanOrEqual(map.right + 0.5);
    expect(text.top, `${name} inside the map (top)`).toBeGreaterThanOrEqual(map.top - 0.5);
    expect(text.bottom, `${name} inside the map (bottom)`).toBeLessThanOrEqual(map.bottom + 0.5);
    for (const item of furniture) {
      for (const line of label.lines) expect(overlap(line, item.box), `${name} clear of the ${item.name}`).toBe(false);
    }
    const circle = circles[label.id];
    const dot = dots[label.id];
    if (circle) {
      const d = distance(circle, text);
      expect(d, `${name} outside its circle`).toBeGreaterThanOrEqual(circle.r - 1);
      expect(d, `${name} against its circle's edge`).toBeLessThanOrEqual(circle.r + GAP.area + SLACK);
    } else if (dot) {
      expect(distance(dot, text), `${name} clear of its dot`).toBeGreaterThanOrEqual(6);
      expect(distance(dot, text), `${name} next to its dot`).toBeLessThanOrEqual(GAP.point + SLACK);
    } else if (label.id === "flight-path-label") {
      const nearest = Math.min(...path.map((p) => distance(p, text)));
      expect(nearest, `${name} next to the path`).toBeLessThanOrEqual(GAP.path + SLACK);
    }
  }
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      for (const la of a.lines) for (const lb of b.lines) expect(overlap(la, lb), `${where}: "${a.text}" and "${b.text}" apart`).toBe(false);
    }),
  );
}

/** The places a chapter is about: each is labelled on the map or, without room, named in the key. */
async function expectEveryPlaceNamed(page: Page | ReturnType<Page["frameLocator"]>, storyMap: StoryMapModel, report: MapReport, id: string) {
  const chapter = storyMap.chapters.find((c) => c.id === id)!;
  const labelled = new Set(report.labels.map((l) => l.id));
  for (const placeId of chapter.highlight) {
    if (labelled.has(placeId)) continue;
    const place = storyMap.places.features.find((p) => p.properties.id === placeId)!;
    await expect(page.locator(".map-legend [data-unlabelled]", { hasText: place.properties.label })).toHaveCount(1);
  }
}

for (const lang of editionLangs()) {
  const { map: storyMap } = loadStory(lang);
  for (const [route, where] of [
    [storyPath(lang), "the story page"],
    [embedPath(lang), "the embed"],
  ] as const) {
    test(`edition ${lang}, on ${where}, every chapter's labels sit against their features and never collide`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(route);
      const map = page.locator(".story-map__leaflet");
      let labelledPlaces = 0;
      for (const id of chapterIds) {
        await scrollToChapter(page, id);
        await settledBounds(page, id);
        await expect(map).toHaveAttribute("data-map-labels", id);
        const report = await readMap(map);
        checkLabels(report, id);
        await expectEveryPlaceNamed(page, storyMap, report, id);
        labelledPlaces += report.labels.filter((l) => report.circles[l.id] || report.dots[l.id]).length;
      }
      // Not a pass by dropping labels: most places the chapters highlight keep theirs.
      const highlighted = storyMap.chapters.reduce((n, c) => n + c.highlight.length, 0);
      expect(labelledPlaces).toBeGreaterThanOrEqual(Math.ceil(highlighted * 0.8));
    });
  }
}
