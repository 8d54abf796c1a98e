import { expect, test, type Page } from "@playwright/test";
import { editionLangs, loadEdition, loadStory } from "../content/load";
import { storyPath } from "../content/routes";
import { chapterIds, scrollToChapter, settledBounds } from "./helpers";

/**
 * Baghdad's districts are named on the map in every edition, in that edition's words: in the
 * chapters whose view shows them (giving way to the story's own labels, which labels.spec.ts
 * checks for collisions), in explore mode from the zoom at which they fit, and on the static map.
 */

/** The district names a map shows, as the reader reads them. */
async function districtNames(page: Page): Promise<string[]> {
  return (await page.locator(".story-map__leaflet .map-label--district").filter({ visible: true }).allTextContents()).map((t) => t.replace(/\s+/g, " "));
}

for (const lang of editionLangs()) {
  const { districtNames: words } = loadEdition(lang);
  const { map } = loadStory(lang);
  const inWords = new Set(Object.values(words));

  test.describe(`district names, ${lang} edition`, () => {
    test("the story's chapters name the districts their views show, in the edition's words", async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(storyPath(lang));
      const named = new Set<string>();
      for (const id of chapterIds) {
        await scrollToChapter(page, id);
        await settledBounds(page, id);
        await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-labels", id);
        const shown = await districtNames(page);
        const expected = new Set(map.chapters.find((c) => c.id === id)!.districts.map((d) => d.text));
        // Only the districts the chapter's view shows; each name once.
        for (const name of shown) expect(expected.has(name), `${id}: "${name}"`).toBe(true);
        expect(new Set(shown).size, id).toBe(shown.length);
        for (const name of shown) named.add(name);
      }
      // The city around the story is named: the district of the Green Zone and of the launch area at least.
      for (const district of ["Markaz Al-Karkh", "Al-Karrada Al-Sharqia"]) expect([...named], district).toContain(words[district]);
    });

    test("explore mode names the districts from the zoom at which they fit", async ({ page }) => {
      await page.goto(`${storyPath(lang)}#map=10/33.31/44.38`);
      await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-mode", "explore");
      await expect(page.locator(".story-map__leaflet .leaflet-zoom-animated path.layer-districts").first()).toBeAttached();
      expect(await districtNames(page)).toEqual([]);

      await page.goto(`${storyPath(lang)}#map=12/33.31/44.38`);
      await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-mode", "explore");
      await expect(page.locator(".story-map__leaflet .map-label--district").first()).toBeVisible();
      const shown = await districtNames(page);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      for (const name of shown) expect(inWords.has(name), name).toBe(true);
      expect(shown).toContain(words["Markaz Al-Karkh"]);
    });
  });

  test.describe(`district names without JavaScript, ${lang} edition`, () => {
    test.use({ javaScriptEnabled: false });

    test("the static map names districts in the edition's words", async ({ page }) => {
      await page.goto(storyPath(lang));
      const view = page.locator(".static-map__view").filter({ visible: true });
      // A label's lines are its words, broken where the layout broke them.
      const squeeze = (text: string) => text.replace(/\s+/g, "");
      const names = (await view.locator(".static-map__label--district").allTextContents()).map(squeeze);
      expect(names.length).toBeGreaterThanOrEqual(1);
      const squeezed = new Set([...inWords].map(squeeze));
      for (const name of names) expect(squeezed.has(name), name).toBe(true);
    });
  });
}
