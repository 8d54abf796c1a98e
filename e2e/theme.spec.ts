import { expect, test, type Locator, type Page } from "@playwright/test";
import { wcagLuminance } from "culori";
import { editionLangs, loadStory } from "../content/load";
import { embedPath, storyPath } from "../content/routes";
import { chapterIds, scrollToChapter, settledBounds } from "./helpers";

/**
 * The colour theme, in every edition: the story page follows the reader's colour scheme, the
 * chapter bar's toggle changes it for the visit, the map (interactive and static) and its key
 * follow it, and print is light. The embed is light unless its host asks for the dark theme.
 */

/** How light a colour a reader sees is (0 black, 1 white), from the element's computed style. */
async function lightness(locator: Locator, property: "background-color" | "color" | "fill"): Promise<number> {
  const value = await locator.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);
  const luminance = wcagLuminance(value);
  expect(luminance, `${property} ${value}`).toBeDefined();
  return luminance;
}

const DARK = 0.05;
const LIGHT = 0.6;

/** Asserts that the page, its text, its map's land (static and interactive) and the key are in one theme. */
async function expectTheme(page: Page, theme: "light" | "dark", interactive = true) {
  const isDark = theme === "dark";
  const body = page.locator("body");
  const check = (value: number, what: string, dark = isDark) =>
    dark ? expect(value, `${what} is dark`).toBeLessThan(DARK) : expect(value, `${what} is light`).toBeGreaterThan(LIGHT);
  check(await lightness(body, "background-color"), "the page");
  check(await lightness(page.locator(".chapter__card").first(), "color"), "the text", !isDark);
  check(await lightness(page.locator(".static-map__land").first(), "fill"), "the static map's land");
  if (interactive) {
    check(await lightness(page.locator(".leaflet-container .layer-districts").first(), "fill"), "the map's land");
    check(await lightness(page.locator(".map-legend"), "color"), "the key's words", !isDark);
  }
}

for (const lang of editionLangs()) {
  const { ui } = loadStory(lang);

  test.describe(`the colour theme, ${lang} edition`, () => {
    test("the story follows a dark colour scheme, and the toggle makes it light for the visit", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(storyPath(lang));
      await settledBounds(page, chapterIds[0]!);
      const toggle = page.getByRole("button", { name: ui.darkTheme, exact: true });
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expectTheme(page, "dark");

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expectTheme(page, "light");
      // The choice outlasts the chapter the reader was in, and leaves motion alone.
      await scrollToChapter(page, "the-flight");
      await settledBounds(page, "the-flight");
      await expectTheme(page, "light");
      await expect(page.locator("html")).not.toHaveAttribute("data-motion", /./);
    });

    test("a light colour scheme gives a light story, and the toggle makes it dark; print stays light", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(storyPath(lang));
      await settledBounds(page, chapterIds[0]!);
      const toggle = page.getByRole("button", { name: ui.darkTheme, exact: true });
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expectTheme(page, "light");
      await toggle.press("Enter");
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expectTheme(page, "dark");
      // Paper is white: the printed page and its static map are light whatever the screen shows.
      await page.emulateMedia({ media: "print" });
      await expectTheme(page, "light", false);
    });

    test("the embed is light unless its host asks for the dark theme, whatever the reader's scheme", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(embedPath(lang));
      await settledBounds(page, chapterIds[0]!);
      await expectTheme(page, "light");
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`${embedPath(lang)}?theme=dark`);
      await settledBounds(page, chapterIds[0]!);
      await expectTheme(page, "dark");
    });
  });
}
