import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { loadStory } from "../content/load";
import type { BBox } from "../geo/types";

export const { story, map: storyMap } = loadStory();
export const chapterIds = story.chapters.map((c) => c.id);

/**
 * Records what a reader would never want: console errors, uncaught exceptions, failed
 * requests, and any request leaving the app's own origin.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Navigation aborts in-flight requests; only real failures count.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${request.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== new URL(page.url() === "about:blank" ? request.url() : page.url()).origin) foreign.push(request.url());
  });
  return { problems, foreign };
}

/** Brings a chapter to the reading line, as a reader scrolling to it would. */
export async function scrollToChapter(page: Page, id: string) {
  await page.locator(`#${id} .chapter__card`).evaluate((card) => {
    const narrow = window.matchMedia("(max-width: 899.98px)").matches;
    const line = window.innerHeight * (narrow ? 0.7 : 0.5);
    const top = card.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - line + 40, behavior: "instant" });
  });
}

/** Waits for the map to settle on a chapter's view and returns the settled bounds. */
export async function settledBounds(page: Page, id: string): Promise<BBox> {
  const mapElement = page.locator(".story-map__leaflet");
  await expect(mapElement).toHaveAttribute("data-map-view", id, { timeout: 15_000 });
  const bounds = await mapElement.getAttribute("data-map-bounds");
  return bounds!.split(",").map(Number) as BBox;
}

/**
 * Records every Content-Security-Policy violation in the page and its frames, as the
 * browser reports it: the `securitypolicyviolation` event (from an init script, so from the
 * first byte of each document) and the console's "Refused to …" message.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding("__e2eCspViolation", ({ frame }, report: string) => void violations.push(`${frame.url()}: ${report}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`;
      (window as unknown as { __e2eCspViolation: (report: string) => void }).__e2eCspViolation(report);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/**
 * Scrolls the host page so that a chapter's card crosses the reading line, which sits at
 * the same share of the host's viewport as on the story page.
 */
export async function scrollHostToChapter(iframe: Locator, frame: FrameLocator, id: string) {
  const card = await frame.locator(`#${id} .chapter__card`).evaluate((element) => ({
    top: element.getBoundingClientRect().top,
    narrow: window.matchMedia("(max-width: 899.98px)").matches,
  }));
  await iframe.evaluate((element, { top, narrow }) => {
    const line = window.innerHeight * (narrow ? 0.7 : 0.5);
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY + top - line + 40, behavior: "instant" });
  }, card);
}
