import { expect, test, type Page } from "@playwright/test";
import { bboxContains } from "../geo/coords";
import { scrollToChapter, settledBounds, storyMap } from "./helpers";

const map = (page: Page) => page.locator(".story-map__leaflet");
const zoomOf = async (page: Page) => Number(await map(page).getAttribute("data-map-zoom"));
const centerOf = async (page: Page) => (await map(page).getAttribute("data-map-center"))!.split(",").map(Number) as [number, number];
const chapter = storyMap.chapters.find((c) => c.id === "the-flight")!;

async function openAtChapter(page: Page) {
  await page.goto("/");
  await scrollToChapter(page, chapter.id);
  await settledBounds(page, chapter.id);
}

async function mapCentre(page: Page) {
  const box = (await map(page).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe("story mode: the page scroll always wins @desktop", () => {
  test("a plain wheel over the map scrolls the page, keeps the zoom, and hints how to zoom", async ({ page }) => {
    await openAtChapter(page);
    const zoom = await zoomOf(page);
    const before = await page.evaluate(() => window.scrollY);
    const { x, y } = await mapCentre(page);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(page.locator(".map-hint")).toContainText(/(Ctrl|⌘) \+ scroll to zoom the map/);
    expect(await zoomOf(page)).toBe(zoom);
  });

  test("Ctrl + wheel zooms the map, not the page", async ({ page }) => {
    await openAtChapter(page);
    const zoom = await zoomOf(page);
    const before = await page.evaluate(() => window.scrollY);
    const { x, y } = await mapCentre(page);
    await page.mouse.move(x, y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});

test.describe("explore mode", () => {
  test("the Explore control unlocks the map with zoom buttons, a scale bar and a layer control; Back to the story restores the chapter's view", async ({ page }) => {
    await openAtChapter(page);
    await page.getByRole("button", { name: "Explore the map" }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "explore");
    await expect(page.getByRole("button", { name: "Zoom in" })).toBeVisible();
    await expect(page.locator(".leaflet-control-scale-line")).toContainText(/\d+ (m|km)/);
    await expect(page.locator(".leaflet-control-layers")).toBeVisible();
    await expect(page).toHaveURL(/#map=[\d.]+\/[\d.]+\/[\d.]+$/);

    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page).toHaveURL(/#map=/);

    await page.getByRole("button", { name: "Back to the story" }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
    const bounds = await settledBounds(page, chapter.id);
    expect(chapter.view.kind === "bounds" && bboxContains(bounds, chapter.view.bounds, 1e-4)).toBe(true);
    await expect(page).not.toHaveURL(/#map=/);
  });

  test("the layer control lists the story's layers and turns them off and on", async ({ page }) => {
    await openAtChapter(page);
    await page.getByRole("button", { name: "Explore the map" }).click();
    const layers = page.locator(".leaflet-control-layers");
    await layers.hover();
    await layers.locator(".leaflet-control-layers-toggle").focus();
    for (const name of ["Green Zone (schematic)", "Bridges (schematic)", "Flight path (schematic)", "Places and uncertainty circles"]) {
      await expect(layers.getByText(name)).toBeAttached();
    }
    await expect(page.locator("path.layer-flight-path")).toHaveCount(1);
    await layers.getByRole("checkbox", { name: "Flight path (schematic)" }).uncheck({ force: true });
    await expect(page.locator("path.layer-flight-path")).toHaveCount(0);
    await layers.getByRole("checkbox", { name: "Flight path (schematic)" }).check({ force: true });
    await expect(page.locator("path.layer-flight-path")).toHaveCount(1);
  });

  test("keyboard: E opens explore from the map, + and - zoom, Escape goes back", async ({ page }) => {
    await openAtChapter(page);
    await page.getByRole("button", { name: "Explore the map" }).focus();
    await page.keyboard.press("e");
    await expect(map(page)).toHaveAttribute("data-map-mode", "explore");
    const zoom = await zoomOf(page);
    await map(page).focus();
    await page.keyboard.press("Equal");
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom);
    const zoomedIn = await zoomOf(page);
    await page.keyboard.press("Minus");
    await expect.poll(() => zoomOf(page)).toBeLessThan(zoomedIn);
    await page.keyboard.press("Minus");
    await expect.poll(() => zoomOf(page)).toBeLessThan(zoom);
    await page.keyboard.press("Escape");
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
    await settledBounds(page, chapter.id);
  });

  test("the map cannot be panned away from Baghdad", async ({ page }) => {
    await openAtChapter(page);
    await page.getByRole("button", { name: "Explore the map" }).click();
    await map(page).focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press("Minus");
    for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowLeft");
    for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowUp");
    const [west, south, east, north] = storyMap.region;
    const [padX, padY] = [(east - west) * 0.5, (north - south) * 0.5];
    await expect
      .poll(async () => {
        const [lng, lat] = await centerOf(page);
        return lng >= west - padX && lng <= east + padX && lat >= south - padY && lat <= north + padY;
      })
      .toBe(true);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(10);
  });

  test("a place opens a popup with its names, uncertainty and chapters; a chapter link goes to that chapter", async ({ page }) => {
    await openAtChapter(page);
    await page.getByRole("button", { name: "Explore the map" }).click();
    const launch = page.getByRole("button", { name: "Launch area (approximate)" });
    await launch.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect(popup).toContainText("Launch area (approximate)");
    await expect(popup.locator('[lang="ar"]')).toHaveText(/[\u0600-\u06FF]/);
    await expect(popup).toContainText(/Approximate location: .* 700 m/);
    const targetId = storyMap.places.features.find((p) => p.properties.id === "drone_launch_area")!.properties.chapters.at(-1)!;
    const target = storyMap.chapters.find((c) => c.id === targetId)!;
    await popup.getByRole("link", { name: target.title }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", target.id);
    await settledBounds(page, target.id);
    await expect(page.locator(`#${target.id} .chapter__title`)).toBeInViewport();
  });

  test("a shared #map= link opens that view in explore mode; a chapter hash still opens its chapter", async ({ page }) => {
    await page.goto("/#map=14.5/33.31/44.39");
    await expect(map(page)).toHaveAttribute("data-map-mode", "explore");
    expect(await zoomOf(page)).toBe(14.5);
    const [lng, lat] = await centerOf(page);
    expect(Math.abs(lng - 44.39)).toBeLessThan(0.001);
    expect(Math.abs(lat - 33.31)).toBeLessThan(0.001);

    await page.goto("/#shot-down");
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "shot-down");
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
  });

  test("malformed or hostile #map= values are ignored", async ({ page }) => {
    for (const hash of ["#map=99/33.31/44.39", "#map=14/44.39/33.31", "#map=14/abc/44", "#map=<img src=x onerror=alert(1)>"]) {
      await page.goto(`/${hash}`);
      await expect(map(page)).toHaveAttribute("data-map-mode", "story");
      await settledBounds(page, storyMap.chapters[0]!.id);
    }
  });
});

test.describe("on a phone @phone", () => {
  test("explore opens the map full screen; closing it returns to the same place in the story", async ({ page }) => {
    await openAtChapter(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.getByRole("button", { name: "Explore the map" }).click();
    const viewport = page.viewportSize()!;
    await expect.poll(async () => (await page.locator(".scrolly__map").boundingBox())!.height).toBeGreaterThanOrEqual(viewport.height - 1);
    await page.getByRole("button", { name: "Back to the story" }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrollY);
    await settledBounds(page, chapter.id);
  });

  test("one finger over the map scrolls the page; two fingers zoom the map", async ({ page }) => {
    await openAtChapter(page);
    const cdp = await page.context().newCDPSession(page);
    const { x, y } = await mapCentre(page);
    const touch = async (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });

    const before = await page.evaluate(() => window.scrollY);
    await touch("touchStart", [{ x, y: y + 60 }]);
    for (let i = 1; i <= 8; i++) await touch("touchMove", [{ x, y: y + 60 - i * 15 }]);
    await touch("touchEnd", []);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(page.locator(".map-hint")).toContainText("Use two fingers to move the map");

    const zoom = await zoomOf(page);
    await touch("touchStart", [{ x: x - 20, y }, { x: x + 20, y }]);
    for (let i = 1; i <= 8; i++) await touch("touchMove", [{ x: x - 20 - i * 12, y }, { x: x + 20 + i * 12, y }]);
    await touch("touchEnd", []);
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom);
  });
});
