import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FIXTURE_URL } from "../playwright.config";
import { editionLangs, loadStory } from "../content/load";
import { REFERENCE_EDITION, embedPath, storyPath } from "../content/routes";
import { SITE_URL } from "../components/embed/siteUrl";
import { ARABIC_FONT_PATH, ARABIC_RANGE, editionFace } from "../content/editionFont";
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import subsetFont from "subset-font";
import { chapterIds, scrollHostToChapter, scrollToChapter, settledBounds, watchCsp, watchPage } from "./helpers";

/**
 * The story in each of its editions (content/editions/): a page in the edition's language and
 * direction, whose map, controls, popups, static map and embed speak that language too; the
 * switcher between editions keeps the reader's chapter.
 */

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const langs = editionLangs();
const others = langs.filter((lang) => lang !== REFERENCE_EDITION);
const ARABIC_INDIC = /[٠-٩]/;
/** A path on the site, absolute, as the page's metadata writes it (the root without its slash). */
const absolute = (path: string) => `${SITE_URL}${path === "/" ? "" : path}`;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
}

/**
 * The characters the face the site serves has glyphs for: its file, as an uncompressed font
 * (HarfBuzz reads a variable WOFF2, fontkit does not), cut to nothing less than its whole range.
 */
async function servedFaceCharacters(): Promise<Set<number>> {
  const range = Array.from({ length: 0x10000 }, (_, code) => String.fromCodePoint(code)).filter((char) => ARABIC_RANGE.test(char));
  const file = await subsetFont(fs.readFileSync(path.join("public", ARABIC_FONT_PATH)), range.join(""), { targetFormat: "sfnt" });
  return new Set((fontkit.create(file) as fontkit.Font).characterSet);
}

/** The web fonts a page downloaded (the Arabic edition's face is the site's only one). */
function watchFonts(page: Page): string[] {
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (/\.woff2($|\?)/.test(response.url())) fonts.push(response.url());
  });
  return fonts;
}

for (const lang of others) {
  const { story, map, edition, ui } = loadStory(lang);
  const rtl = edition.dir === "rtl";

  test.describe(`the ${lang} edition`, () => {
    test("is a page in its language and direction, with every chapter, its other editions and no error or outside request", async ({ page }) => {
      const watch = watchPage(page);
      const fonts = watchFonts(page);
      await page.goto(storyPath(lang));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
      await expect(page).toHaveTitle(story.meta.title);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
      for (const chapter of story.chapters) await expect(page.locator(`#${chapter.id}-title`)).toHaveText(chapter.title);
      // Search engines and share cards learn the other editions.
      for (const other of langs) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute("href", absolute(storyPath(other)));
      }
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", absolute("/"));
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", edition.locale.replace("-", "_"));
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(langs.length - 1);
      await settledBounds(page, chapterIds[0]!);
      // The chapter bar counts in the edition's digits.
      await expect(page.locator(".chapter-nav summary")).toContainText(new Intl.NumberFormat(edition.locale).format(chapterIds.length));
      // Only the Arabic edition loads the Arabic face; no edition loads another font.
      await page.evaluate(() => document.fonts.ready);
      if (lang === "ar") expect(fonts.length).toBeGreaterThan(0);
      else expect(fonts).toEqual([]);
      if (editionFace(lang)) {
        // The face is cut to the site's words: every Arabic character on the page, map labels and
        // dates included, is in it, so none falls back to the reader's fonts.
        const text = await page.evaluate("document.title + document.body.textContent");
        const covered = await servedFaceCharacters();
        const missing = new Set([...String(text)].filter((char) => ARABIC_RANGE.test(char) && !covered.has(char.codePointAt(0)!)));
        expect([...missing]).toEqual([]);
      }
      expect(watch.problems).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test("a chapter's hash opens that chapter, and the chapters drive the map", async ({ page }) => {
      await page.goto(`${storyPath(lang)}#the-flight`);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "the-flight");
      await settledBounds(page, "the-flight");
      for (const id of ["sit-in", "airport-2020"]) {
        await scrollToChapter(page, id);
        await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
        await settledBounds(page, id);
      }
    });

    test("explore mode, its controls and a place's popup speak the edition's language, without a CSP violation", async ({ page }) => {
      const violations = await watchCsp(page);
      await page.goto(storyPath(lang));
      await scrollToChapter(page, "sit-in");
      await settledBounds(page, "sit-in");
      await page.getByRole("button", { name: ui.exploreMap }).click();
      await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-mode", "explore");
      await expect(page.getByRole("button", { name: ui.zoomIn, exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: ui.zoomOut, exact: true })).toBeVisible();
      const scale = page.locator(".leaflet-control-scale-line");
      if (rtl) await expect(scale).toHaveText(ARABIC_INDIC);
      // "500 m", "٥٠٠ م", "1 km"…: a number in the edition's digits, in the edition's words.
      const asPattern = (words: string) => words.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{n}", "[\\d٠-٩٫,.]+");
      await expect(scale).toHaveText(new RegExp(`^(${asPattern(ui.metres)}|${asPattern(ui.kilometres)})$`));
      await page.locator(".place-marker").filter({ visible: true }).first().click();
      const popup = page.locator(".leaflet-popup");
      const heading = popup.getByRole("heading", { level: 2 });
      await expect(heading).toBeVisible();
      expect(map.places.features.map((p) => p.properties.label)).toContain(await heading.textContent());
      await expect(popup).toContainText(ui.placeInStory);
      // The Arabic name beside the label is for the other editions; in Arabic it would repeat it.
      await expect(popup.locator(".place-popup__name-ar")).toHaveCount(lang === "ar" ? 0 : 1);
      await expect(popup.getByRole("button", { name: ui.closePopup })).toBeVisible();
      // Mirrored: the zoom buttons sit where the text starts, the layers where it ends.
      const mapBox = (await page.locator(".story-map__leaflet").boundingBox())!;
      const zoomBox = (await page.locator(".leaflet-control-zoom").boundingBox())!;
      const zoomOnLeft = zoomBox.x + zoomBox.width / 2 < mapBox.x + mapBox.width / 2;
      expect(zoomOnLeft).toBe(!rtl);
      await page.getByRole("button", { name: ui.backToStory }).click();
      await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-mode", "story");
      await settledBounds(page, "sit-in");
      expect(violations).toEqual([]);
    });

    test("a keyboard-only reader reaches the end with Next; reduced motion starts pressed", async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(storyPath(lang));
      const nav = page.getByRole("navigation", { name: ui.chaptersNav });
      await expect(nav.getByRole("button", { name: `${ui.reduceMotionVerb} ${ui.reduceMotionObject}` })).toHaveAttribute("aria-pressed", "true");
      const next = nav.getByRole("button", { name: ui.next });
      for (let i = 0; i < chapterIds.length - 1; i++) {
        await next.focus();
        await page.keyboard.press("Enter");
      }
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapterIds.at(-1)!);
      await expect(next).toBeDisabled();
      await settledBounds(page, chapterIds.at(-1)!);
    });

    test("the chapter list offers the reader's chapter in the other editions, and the masthead every edition", async ({ page }) => {
      const reference = loadStory(REFERENCE_EDITION).ui;
      await page.goto(`/#launch-site`);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "launch-site");
      await page.getByRole("navigation", { name: reference.chaptersNav }).locator("summary").click();
      await page.locator(`.chapter-nav__editions a[hreflang="${lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${storyPath(lang)}#launch-site$`));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "launch-site");
      await expect(page.locator(`.edition-switcher a[aria-current="page"]`)).toHaveAttribute("lang", lang);

      await scrollToChapter(page, "sit-in");
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "sit-in");
      const nav = page.getByRole("navigation", { name: ui.chaptersNav });
      await nav.locator("summary").click();
      await expect(nav.locator(".chapter-nav__editions")).toContainText(ui.chapterInEdition);
      await nav.locator(`.chapter-nav__editions a[hreflang="${REFERENCE_EDITION}"]`).click();
      await expect(page).toHaveURL(/\/#sit-in$/);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "sit-in");

      await page.locator(`.edition-switcher a[hreflang="${lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${storyPath(lang)}$`));
    });

    test("the embed offers no other edition: its host chose one", async ({ page }) => {
      await page.goto(embedPath(lang));
      await expect(page.locator(".edition-switcher")).toHaveCount(0);
      await expect(page.locator(".chapter-nav__editions")).toHaveCount(0);
    });

    test("axe-core finds no WCAG 2.2 AA violation on the story and its embed, in both themes", async ({ page }) => {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(storyPath(lang));
        await scrollToChapter(page, "the-flight");
        await settledBounds(page, "the-flight");
        expect(await axeViolations(page), `story, ${colorScheme}`).toEqual([]);
      }
      for (const theme of ["light", "dark"]) {
        await page.goto(`${embedPath(lang)}?theme=${theme}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await settledBounds(page, chapterIds[0]!);
        expect(await axeViolations(page), theme).toEqual([]);
      }
    });

    test("the embed dialog offers every edition and gives this one's code by default", async ({ page }) => {
      await page.goto(storyPath(lang));
      await page.getByRole("button", { name: ui.embedButton }).click();
      const dialog = page.getByRole("dialog", { name: ui.embedTitle });
      const language = dialog.getByLabel(ui.embedLanguage);
      await expect(language).toHaveValue(lang);
      await expect(language.locator("option")).toHaveCount(langs.length);
      await expect(dialog.locator("textarea").first()).toHaveValue(new RegExp(`data-lang="${lang}"`));
      await expect(dialog.locator("textarea").nth(1)).toHaveValue(new RegExp(`${embedPath(lang)}"`));
      await language.selectOption(REFERENCE_EDITION);
      await expect(dialog.locator("textarea").first()).not.toHaveValue(/data-lang/);
    });
  });

  test.describe(`the ${lang} edition without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("has every chapter's text and a static map labelled in its language", async ({ page }) => {
      await page.goto(storyPath(lang));
      for (const chapter of story.chapters) {
        await expect(page.locator(`#${chapter.id}-title`)).toHaveText(chapter.title);
        await expect(page.locator(`#${chapter.id}`)).toContainText(chapter.body[0]!.replace(/\*/g, "").slice(0, 24));
      }
      const staticMap = page.locator(".static-map__view").filter({ visible: true });
      await expect(staticMap).toHaveCount(1);
      await expect(staticMap.locator("title")).toHaveText(ui.staticMapTitle);
      // A label's lines are the label's words, broken where the layout broke them.
      const labels = (await staticMap.locator(".static-map__label").allTextContents()).map((text) => text.replace(/\s+/g, ""));
      expect(labels.length).toBeGreaterThan(4);
      // The two labels the static map always keeps: the launch area, and the Green Zone.
      for (const words of [story.placeLabels["drone_launch_area"]!.text, ui.greenZoneName]) {
        expect(labels, words).toContain(words.replace(/\s+/g, ""));
      }
    });
  });
}

test.describe("a right-to-left edition mirrors the page", () => {
  const rtlLangs = others.filter((lang) => loadStory(lang).edition.dir === "rtl");

  for (const lang of rtlLangs) {
    test(`${lang}: the text column and the map swap sides, the chapter bar and the map's furniture mirror @desktop`, async ({ page }) => {
      const { ui } = loadStory(lang);
      await page.goto(storyPath(lang));
      await settledBounds(page, chapterIds[0]!);
      const centreX = async (selector: string) => {
        const box = (await page.locator(selector).first().boundingBox())!;
        return box.x + box.width / 2;
      };
      expect(await centreX(".scrolly__map")).toBeLessThan(await centreX(".chapter__card"));
      const nav = page.getByRole("navigation", { name: ui.chaptersNav });
      const [previous, next] = [await nav.getByRole("button", { name: ui.previous }).boundingBox(), await nav.getByRole("button", { name: ui.next }).boundingBox()];
      expect(previous!.x).toBeGreaterThan(next!.x);
      const mapMiddle = await centreX(".story-map__leaflet");
      expect(await centreX(".map-explore-toggle")).toBeLessThan(mapMiddle);
      expect(await centreX(".map-legend")).toBeGreaterThan(mapMiddle);
      expect(await centreX(".locator-inset")).toBeLessThan(mapMiddle);
      expect(await centreX(".leaflet-control-attribution")).toBeLessThan(mapMiddle);
    });

    for (const viewport of [
      { name: "a 390 px phone", width: 390, height: 844 },
      { name: "200 % zoom (640 × 400)", width: 640, height: 400 },
      { name: "400 % zoom (320 × 256)", width: 320, height: 256 },
    ]) {
      test(`${lang}: never scrolls sideways at ${viewport.name} @desktop`, async ({ page }) => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(storyPath(lang));
        await settledBounds(page, chapterIds[0]!);
        for (const id of [chapterIds[0]!, "the-flight", chapterIds.at(-1)!]) {
          await scrollToChapter(page, id);
          const overflow = await page.evaluate(() => {
            const root = document.scrollingElement!;
            window.scrollTo({ left: -200, top: window.scrollY, behavior: "instant" });
            const leftward = window.scrollX;
            window.scrollTo({ left: 200, top: window.scrollY, behavior: "instant" });
            return { width: root.scrollWidth, window: window.innerWidth, leftward, rightward: window.scrollX };
          });
          expect(overflow, id).toEqual({ width: overflow.window, window: overflow.window, leftward: 0, rightward: 0 });
        }
      });
    }
  }
});

test("the loader embeds the Arabic edition with data-lang=\"ar\" on a news page from another site", async ({ page, baseURL }) => {
  const { story } = loadStory("ar");
  const watch = watchPage(page);
  await page.goto(`${FIXTURE_URL}/article-ar.html?app=${encodeURIComponent(baseURL!)}`);
  const iframe = page.locator("[data-baghdad-story] iframe");
  await expect(iframe).toHaveAttribute("src", new RegExp(`${embedPath("ar")}\\?host=loader&chapter=the-flight$`));
  await expect(iframe).toHaveAttribute("title", story.meta.title);
  const frame = page.frameLocator("[data-baghdad-story] iframe");
  await expect(frame.locator("html")).toHaveAttribute("lang", "ar");
  await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
  await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", "the-flight", { timeout: 15_000 });
  const next = chapterIds[chapterIds.indexOf("the-flight") + 1]!;
  await scrollHostToChapter(iframe, frame, next);
  await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", next, { timeout: 15_000 });
  expect(watch.problems).toEqual([]);
});
