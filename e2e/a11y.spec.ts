import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { scrollToChapter, settledBounds } from "./helpers";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(" ")}: ${[...n.any, ...n.all].map((c) => c.message).join("; ")}`)
        .join(" | ")})`,
  );
}

test.describe("axe-core finds no WCAG 2.2 AA violations", () => {
  test("on the story, with the map loaded", async ({ page }) => {
    await page.goto("/");
    await scrollToChapter(page, "the-flight");
    await settledBounds(page, "the-flight");
    expect(await violations(page)).toEqual([]);
  });

  test("in explore mode, with a place's popup open", async ({ page }) => {
    await page.goto("/");
    await scrollToChapter(page, "sit-in");
    await settledBounds(page, "sit-in");
    await page.getByRole("button", { name: "Explore the map" }).click();
    await page.locator(".place-marker").filter({ visible: true }).first().click();
    await expect(page.locator(".leaflet-popup")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("on the embed, in both themes", async ({ page }) => {
    for (const theme of ["light", "dark"]) {
      await page.goto(`/embed?theme=${theme}`);
      await settledBounds(page, "baghdad-at-night");
      expect(await violations(page), theme).toEqual([]);
    }
  });
});
