import { expect, test, type Page } from "@playwright/test";
import { chapterIds, scrollToChapter, settledBounds, story, storyMap } from "./helpers";
import { bboxContains } from "../geo/coords";
import { footprintBBox } from "../geo/footprint";
import { loadGeo } from "../content/load";

const geo = loadGeo();
const footprintOf = (id: string) =>
  footprintBBox([...geo.places.features, ...geo.areas].find((f) => f.properties.id === id)!);

/** How each story layer shows on the map, as a reader would see it. */
const LAYER_SELECTORS = {
  "green-zone": "path.layer-green-zone",
  bridges: "path.layer-bridges",
  "flight-path": "path.layer-flight-path",
  drone: ".drone-marker",
  "scale-100m": ".map-scale-reference",
} as const;

async function droneX(page: Page) {
  const box = await page.locator(".drone-marker").boundingBox();
  return box!.x + box!.width / 2;
}

test.describe("every chapter", () => {
  test("shows its layers, and only those, with its places inside the settled view", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    for (const chapter of story.chapters) {
      await scrollToChapter(page, chapter.id);
      const bounds = await settledBounds(page, chapter.id);
      for (const [layer, selector] of Object.entries(LAYER_SELECTORS)) {
        const shown = (chapter.layers as string[]).includes(layer);
        if (shown) await expect(page.locator(selector).filter({ visible: true }).first(), `${chapter.id}: ${layer}`).toBeVisible();
        else await expect(page.locator(selector), `${chapter.id}: no ${layer}`).toHaveCount(0);
      }
      for (const id of chapter.camera.fit ?? []) {
        expect(bboxContains(bounds, footprintOf(id), 1e-4), `${chapter.id}: ${id} in view`).toBe(true);
      }
      // Places named in the key because their labels had no room are counted by the labels spec.
      await expect(page.locator(".map-legend__list li:not([data-unlabelled])")).toHaveCount(
        1 + chapter.layers.length + new Set(storyMap.places.features.filter((p) => chapter.highlight.includes(p.properties.id)).map((p) => p.properties.approximate)).size,
      );
    }
  });

  test("approximate places are drawn as uncertainty circles and labelled as approximate, never as pins", async ({ page }) => {
    await page.goto("/");
    const id = "launch-site";
    await scrollToChapter(page, id);
    await settledBounds(page, id);
    await expect(page.locator("path.layer-approximate-area")).toHaveCount(1);
    await expect(page.locator(".map-label", { hasText: "Launch area (approximate)" })).toBeVisible();
  });
});

test.describe("the flight chapter", () => {
  const flight = story.chapters.find((c) => c.layers.includes("drone"))!;

  test("the drone moves forward along the path as the page scrolls down, and back as it scrolls up", async ({ page }) => {
    await page.goto("/");
    await scrollToChapter(page, flight.id);
    await settledBounds(page, flight.id);
    const map = page.locator(".story-map__leaflet");
    const progressAt = async () => Number(await map.getAttribute("data-drone-progress"));

    const start = await progressAt();
    const startX = await droneX(page);
    await page.mouse.wheel(0, 250);
    await expect.poll(progressAt).toBeGreaterThan(start);
    const further = await progressAt();
    // The path runs south-west: forward means further left on screen.
    expect(await droneX(page)).toBeLessThan(startX);

    await page.mouse.wheel(0, -200);
    await expect.poll(progressAt).toBeLessThan(further);
  });

  test("with reduced motion the full path is shown and no drone moves", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await scrollToChapter(page, flight.id);
    await settledBounds(page, flight.id);
    await expect(page.locator("path.layer-flight-path")).toBeVisible();
    await expect(page.locator(".drone-marker")).toHaveCount(0);
  });

  test("states the figures computed from the geodata", async ({ page }) => {
    await page.goto("/");
    const text = await page.locator(`#${flight.id}`).innerText();
    expect(text).toMatch(/about \d+\.\d kilometres to the (north|south|east|west|north-east|north-west|south-east|south-west)/);
  });
});

test.describe("orientation and credits", () => {
  test("a locator inset shows Iraq with Baghdad marked", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("img", { name: /Baghdad in central Iraq/ })).toBeVisible();
  });

  test("every map data source named in SOURCES.md is credited on the page", async ({ page }) => {
    await page.goto("/");
    const credits = page.locator("#credits + ul");
    for (const name of ["OCHA", "CSO Iraq", "Wikipedia/Wikidata", "GlobalSecurity.org", "Natural Earth", "schematic"]) {
      await expect(credits).toContainText(name);
    }
    for (const chapter of story.chapters) {
      await expect(page.locator(`#${chapter.id} .chapter__sources a`).first()).toBeVisible();
    }
  });
});

test("chapter ids are the URL hashes", async ({ page }) => {
  await page.goto(`/#${chapterIds.at(-2)}`);
  await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapterIds.at(-2)!);
});
