import { expect, test } from "@playwright/test";
import { bboxContains, bboxContainsPoint } from "../geo/coords";
import { chapterIds, scrollToChapter, settledBounds, story, storyMap, watchPage } from "./helpers";

test.describe("reading the story", () => {
  test("the page loads with headline, byline and every chapter, without errors or third-party requests", async ({ page }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
    await expect(page.locator(".story__byline")).toContainText(story.meta.byline);
    await expect(page.locator("[data-chapter]")).toHaveCount(story.chapters.length);
    await settledBounds(page, chapterIds[0]!);
    for (const id of chapterIds) {
      await scrollToChapter(page, id);
      await settledBounds(page, id);
    }
    await expect(page.locator(".leaflet-control-attribution")).toContainText("OCHA");
    expect(watch.problems).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test("the story's text comes once, in the HTML, and stays once the page comes to life", async ({ page, request }) => {
    // A run of plain words from each chapter: found as printed, with nothing to escape.
    const snippets = story.chapters.map((chapter) => /[\p{L}\p{N} ,]{24,}/u.exec(plainText(chapter.body[0]!))![0]);
    const html = await (await request.get("/")).text();
    for (const snippet of snippets) expect(html.split(snippet).length - 1, snippet).toBe(1);
    expect(html.split(story.meta.sources[0]!.title).length - 1).toBe(1);

    await page.goto("/");
    await settledBounds(page, chapterIds[0]!);
    for (const [i, chapter] of story.chapters.entries()) {
      await expect(page.locator(`#${chapter.id} .chapter__card`)).toContainText(snippets[i]!);
    }
    await expect(page.locator(".story__sources")).toContainText(story.meta.sources[0]!.title);
    await expect(page.locator(".static-map__view--desktop title")).toHaveCount(1);
  });

  test("each chapter settles the map on a view that contains its places", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    for (const [i, chapter] of storyMap.chapters.entries()) {
      await scrollToChapter(page, chapter.id);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapter.id);
      await expect(page.locator(`#${chapter.id}`)).toHaveAttribute("data-active", "true");
      const bounds = await settledBounds(page, chapter.id);
      const view = chapter.view;
      if (view.kind === "bounds") {
        expect(bboxContains(bounds, view.bounds, 1e-4), `chapter ${i} "${chapter.id}" frames its places`).toBe(true);
      } else {
        expect(bboxContainsPoint(bounds, view.center)).toBe(true);
      }
      for (const id of chapter.highlight) {
        const label = storyMap.places.features.find((p) => p.properties.id === id)!.properties.label;
        await expect(page.locator(".map-label", { hasText: label })).toBeVisible();
      }
    }
  });

  test("the active chapter is visibly marked", async ({ page }) => {
    await page.goto("/");
    const id = chapterIds[1]!;
    await scrollToChapter(page, id);
    await settledBounds(page, id);
    const active = page.locator(`#${id} .chapter__card`);
    const inactive = page.locator(`#${chapterIds[0]} .chapter__card`);
    await expect(active).toHaveCSS("border-left-color", "rgb(180, 35, 24)");
    await expect(inactive).toHaveCSS("border-left-color", "rgb(214, 211, 205)");
  });

  test("a fast flick or a jump to the end settles on the last active chapter, never a stale one", async ({ page }) => {
    await page.goto("/");
    await settledBounds(page, chapterIds[0]!);
    for (const id of [chapterIds[2]!, chapterIds[1]!, chapterIds[3]!]) await scrollToChapter(page, id);
    await settledBounds(page, chapterIds[3]!);

    // End and Home are smooth scrolls: first the page must come to rest at the end (or the
    // top), then the chapter at the reading line there must be the active one.
    const atBottom = () => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
    await page.keyboard.press("End");
    await expect.poll(atBottom).toBe(true);
    const last = chapterIds.at(-1)!;
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", last);
    await settledBounds(page, last);

    await page.keyboard.press("Home");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapterIds[0]!);
    await settledBounds(page, chapterIds[0]!);
  });

  test("in story mode a wheel over the map scrolls the page and never zooms the map", async ({ page }) => {
    await page.goto("/");
    const id = chapterIds[1]!;
    await scrollToChapter(page, id);
    const before = await settledBounds(page, id);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const box = (await page.locator(".story-map__leaflet").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-bounds", before.map((n) => n.toFixed(5)).join(","));
  });

  test("page zoom is never disabled", async ({ page }) => {
    await page.goto("/");
    const viewport = await page.locator('meta[name="viewport"]').getAttribute("content");
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
  });

  test("a chapter hash on load starts at that chapter", async ({ page }) => {
    const id = chapterIds[3]!;
    await page.goto(`/#${id}`);
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
    await settledBounds(page, id);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every chapter's text is in the page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
    for (const chapter of story.chapters) {
      const section = page.locator(`#${chapter.id}`);
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(chapter.title);
      for (const paragraph of chapter.body) {
        await expect(section).toContainText(plainText(paragraph));
      }
    }
    await expect(page.locator("#credits")).toBeVisible();
  });
});

test.describe("on a phone", () => {
  test("no horizontal overflow; the map and the text are both on screen @phone", async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    for (const id of chapterIds) {
      await scrollToChapter(page, id);
      await settledBounds(page, id);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const mapBox = (await page.locator(".story-map__leaflet").boundingBox())!;
      expect(mapBox.y).toBeGreaterThanOrEqual(-1);
      expect(mapBox.height).toBeGreaterThan(844 * 0.4);
      expect(mapBox.height).toBeLessThanOrEqual(844 * 0.5);
      const title = page.locator(`#${id} .chapter__title`);
      const titleBox = (await title.boundingBox())!;
      expect(titleBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height);
      expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(844);
    }
  });
});

/** A paragraph as a reader reads it: the story's inline marks (*emphasis*, [links](…)) dropped. */
function plainText(paragraph: string): string {
  return paragraph.replace(/\*([^*]+)\*/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
}
