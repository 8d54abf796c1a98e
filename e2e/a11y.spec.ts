import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
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
  // The story page follows the reader's colour scheme.
  for (const colorScheme of ["light", "dark"] as const) {
    test(`on the story, with the map loaded, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await scrollToChapter(page, "the-flight");
      await settledBounds(page, "the-flight");
      expect(await violations(page)).toEqual([]);
    });

    test(`in explore mode, with a place's popup open, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await scrollToChapter(page, "sit-in");
      await settledBounds(page, "sit-in");
      await page.getByRole("button", { name: "Explore the map" }).click();
      await page.locator(".place-marker").filter({ visible: true }).first().click();
      await expect(page.locator(".leaflet-popup")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

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

/**
 * Zoomed in, as a reader with low vision reads: 400 % of a 1280 × 1024 screen is 320 × 256
 * CSS px (WCAG 1.4.10 Reflow); 200 % of 1280 × 800 is 640 × 400 (1.4.4 Resize text); and
 * text alone at 200 % (the browser's text size) at 1280 × 800. The story must not scroll
 * sideways, clip no chapter text, and keep the chapter bar and the map's controls on
 * screen, unobscured and at least 24 × 24 px (2.5.8 Target size); the map still follows the
 * chapters and can be explored.
 */
test.describe("zoomed to 200 % and 400 %, and with text at 200 % @desktop", () => {
  const zoomStates = [
    { name: "400 % (320 × 256)", slug: "zoom-400", viewport: { width: 320, height: 256 }, textSize: "100%" },
    { name: "200 % (640 × 400)", slug: "zoom-200", viewport: { width: 640, height: 400 }, textSize: "100%" },
    { name: "text at 200 % (1280 × 800)", slug: "text-200", viewport: { width: 1280, height: 800 }, textSize: "200%" },
  ];

  /** What would make the page scroll sideways, or clip a chapter card's text. */
  const layoutProblems = (page: Page) =>
    page.evaluate(() => {
      const problems: string[] = [];
      const page = document.scrollingElement!;
      if (page.scrollWidth > window.innerWidth) problems.push(`the page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
      window.scrollTo({ left: 200, top: window.scrollY, behavior: "instant" });
      if (window.scrollX !== 0) problems.push(`the page scrolls sideways by ${window.scrollX} px`);
      for (const card of document.querySelectorAll<HTMLElement>(".chapter__card")) {
        const id = card.closest(".chapter")!.id;
        const box = card.getBoundingClientRect();
        if (box.left < 0 || box.right > window.innerWidth) problems.push(`${id}: the card spans ${box.left}–${box.right} px`);
        // Text for screen readers only is clipped on purpose.
        const shown = [card, ...card.querySelectorAll<HTMLElement>("*")].filter((element) => getComputedStyle(element).clip === "auto");
        for (const element of shown) {
          if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== "inline") {
            problems.push(`${id}: <${element.tagName.toLowerCase()}> is ${element.scrollWidth} px wide inside ${element.clientWidth} px`);
          }
          const inner = element.getBoundingClientRect();
          if (inner.width > 0 && (inner.left < box.left - 1 || inner.right > box.right + 1)) {
            problems.push(`${id}: <${element.tagName.toLowerCase()}> runs out of its card`);
          }
        }
        if (card.scrollHeight > card.clientHeight + 1) problems.push(`${id}: the card's text is cut off at the bottom`);
      }
      return problems;
    });

  /**
   * Every visible target among these: at least 24 × 24 px, wholly on screen, not covered
   * (what the pointer would hit at its centre is the target), and overlapping neither
   * another target nor any of the `others` (overlays that would hide part of it).
   */
  async function expectUsableTargets(targets: Locator, label: string, othersSelector?: string) {
    const problems = await targets.evaluateAll((elements, othersSelector) => {
      const others = othersSelector ? [...document.querySelectorAll(othersSelector)] : [];
      const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
      const nameOf = (element: Element) => (element.getAttribute("aria-label") || element.textContent || element.className).toString().trim().slice(0, 30);
      const shown = elements.filter(visible);
      const obstacles = [...shown, ...others.filter(visible)];
      return shown.flatMap((element) => {
        const box = element.getBoundingClientRect();
        const name = nameOf(element);
        const problems: string[] = [];
        if (box.width < 24 || box.height < 24) problems.push(`"${name}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
        if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) {
          problems.push(`"${name}" is not wholly on screen (${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)})`);
        }
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!hit || !element.contains(hit)) problems.push(`"${name}" is covered by <${hit?.tagName.toLowerCase()} class="${hit?.className}">`);
        for (const other of obstacles) {
          if (other === element || other.contains(element) || element.contains(other)) continue;
          const o = other.getBoundingClientRect();
          const overlap = Math.min(box.right, o.right) - Math.max(box.left, o.left) > 1 && Math.min(box.bottom, o.bottom) - Math.max(box.top, o.top) > 1;
          if (overlap) problems.push(`"${name}" overlaps "${nameOf(other)}"`);
        }
        return problems;
      });
    }, othersSelector);
    expect(await targets.count(), label).toBeGreaterThan(0);
    expect(problems, label).toEqual([]);
  }

  /** What lies over the map besides its buttons: the key, the locator, the scale, the credits, Leaflet's controls. */
  const MAP_OVERLAYS = ".map-legend__list, .locator-inset, .map-scale-reference, .map-notice, .leaflet-control";

  for (const state of zoomStates) {
    test(`${state.name}: the story reflows, its chapter bar and map controls stay usable, and the map works`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      /** Screenshots of what the reader sees, to look at (in this test's output folder and the report). */
      const screenshot = async (name: string) => {
        const path = testInfo.outputPath(`${name}.png`);
        await page.screenshot({ path });
        await testInfo.attach(name, { path, contentType: "image/png" });
      };
      await page.setViewportSize(state.viewport);
      await page.goto("/");
      // The reader's text size, as the browser's setting applies it: the root font size.
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), state.textSize);
      const map = page.locator(".story-map__leaflet");
      const nav = page.getByRole("navigation", { name: "Chapters" });
      await expect(page.locator(".leaflet-container")).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);

      await scrollToChapter(page, "the-flight");
      await settledBounds(page, "the-flight");
      expect(await layoutProblems(page)).toEqual([]);
      await screenshot(`${state.slug}-story`);

      // The chapter bar: every control on screen and big enough; Next and the list move the story.
      await expectUsableTargets(nav.locator("button, summary"), "chapter bar");
      await nav.getByRole("button", { name: "Next" }).click();
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "shot-down");
      await settledBounds(page, "shot-down");
      await nav.locator("summary").click();
      const link = nav.getByRole("link", { name: "A sit-in at the gates" });
      // Far down the list, it may need the list scrolled to it: then it is wholly on screen.
      await link.scrollIntoViewIfNeeded();
      await expect(link).toBeInViewport({ ratio: 1 });
      await screenshot(`${state.slug}-chapter-list`);
      await link.click();
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "sit-in");
      await settledBounds(page, "sit-in");

      // The map's own controls, in story mode and in explore mode.
      await expectUsableTargets(page.locator(".scrolly__map").locator("button"), "map controls", MAP_OVERLAYS);
      await page.getByRole("button", { name: "Explore the map" }).click();
      await expect(map).toHaveAttribute("data-map-mode", "explore");
      await expectUsableTargets(page.locator(".leaflet-control-zoom a, .leaflet-control-layers-toggle, .map-explore-toggle"), "explore controls", MAP_OVERLAYS);
      await screenshot(`${state.slug}-explore`);
      const zoom = Number(await map.getAttribute("data-map-zoom"));
      await page.getByRole("button", { name: "Zoom in" }).click();
      await expect.poll(async () => Number(await map.getAttribute("data-map-zoom"))).toBeGreaterThan(zoom);
      await page.getByRole("button", { name: "Back to the story" }).click();
      await expect(map).toHaveAttribute("data-map-mode", "story");
      await settledBounds(page, "sit-in");
      expect(await layoutProblems(page)).toEqual([]);
    });
  }
});
