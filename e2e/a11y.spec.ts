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

test.describe("keyboard and motion", () => {
  test("the chapter navigation marks the active chapter and moves to any chapter; Alt+↓ and Alt+↑ step through", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Chapters" });
    await expect(nav.locator('[aria-current="step"]')).toHaveCount(1);
    await nav.locator("summary").click();
    await nav.getByRole("link", { name: "A sit-in at the gates" }).click();
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "sit-in");
    await expect(nav.locator('[aria-current="step"]')).toHaveText("A sit-in at the gates");
    await expect(page.locator("#sit-in")).toBeFocused();

    await page.keyboard.press("Alt+ArrowDown");
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "khazali-warning");
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "election-rout");
    await settledBounds(page, "election-rout");
  });

  test("a keyboard-only reader can reach the end of the story with Next", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/");
    const next = page.getByRole("button", { name: "Next" });
    for (let i = 0; i < 13; i++) {
      await next.focus();
      await page.keyboard.press("Enter");
    }
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "overview");
    await expect(next).toBeDisabled();
  });

  test("the skip link moves focus to the story @desktop", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the story" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("the motion toggle stops the drone and makes the camera jump", async ({ page }) => {
    await page.goto("/");
    await scrollToChapter(page, "the-flight");
    await settledBounds(page, "the-flight");
    await expect(page.locator(".drone-marker")).toHaveCount(1);
    const toggle = page.getByRole("button", { name: "Reduce motion" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".drone-marker")).toHaveCount(0);
    await expect(page.locator("path.layer-flight-path")).toBeVisible();
  });

  test("with prefers-reduced-motion the toggle starts pressed", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Reduce motion" })).toHaveAttribute("aria-pressed", "true");
  });
});
