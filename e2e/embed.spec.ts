import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { FIXTURE_URL } from "../playwright.config";
import { chapterIds, scrollHostToChapter, scrollToChapter, settledBounds, story, watchPage } from "./helpers";

/**
 * Embedding the story in news pages: a page on another origin (e2e/fixtures/, served on
 * its own port) embeds the story served by `next start` or by a static host (the export),
 * whichever the project's baseURL is.
 */
const fixture = (name: string, app: string) => `${FIXTURE_URL}/${name}?app=${encodeURIComponent(app)}`;
const LOADER_IFRAME = "[data-baghdad-story] iframe";
const startChapter = "the-flight";
const startIndex = chapterIds.indexOf(startChapter);

/** The story's own height inside its iframe. */
const storyHeight = (frame: FrameLocator) => frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));

/**
 * Where the map is on the host page, once it stops moving: where position: sticky would
 * hold it (the top of the reader's screen, within the story's map-and-chapters block),
 * and entirely on screen whenever that block fills the screen.
 */
async function expectMapStickyInHost(page: Page, frame: FrameLocator) {
  const viewport = page.viewportSize()!.height;
  await expect
    .poll(async () => {
      const map = (await frame.locator(".scrolly__map").boundingBox())!;
      const block = (await frame.locator(".scrolly").boundingBox())!;
      const stickyTop = Math.min(Math.max(0, block.y + 1), block.y + block.height - map.height);
      const problems = [];
      if (Math.abs(map.y - stickyTop) > 1.5) problems.push(`map top ${map.y}, sticky would be ${stickyTop}`);
      if (block.y <= 0 && block.y + block.height >= viewport && (map.y < -1 || map.y + map.height > viewport + 1)) {
        problems.push(`map ${map.y}–${map.y + map.height} leaves the screen 0–${viewport}`);
      }
      return problems;
    })
    .toEqual([]);
}

test.describe("the loader embed (embed.js) in a news page on another site", () => {
  test("the iframe grows to the story's height, and scrolling the page moves the story and keeps its map on screen", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page);
    await page.goto(fixture("article.html", baseURL!));
    const iframe = page.locator(LOADER_IFRAME);
    const frame = page.frameLocator(LOADER_IFRAME);
    await expect(iframe).toHaveAttribute("title", story.meta.title);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);

    const viewport = page.viewportSize()!;
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(viewport.height * 5);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await storyHeight(frame)))).toBeLessThanOrEqual(1);
    // The frame does not scroll: the page does.
    expect(await frame.locator("html").evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    const after = (await page.getByText("No group claimed responsibility").boundingBox())!;
    const frameBox = (await iframe.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(frameBox.y + frameBox.height);

    for (const id of chapterIds) {
      await scrollHostToChapter(iframe, frame, id);
      await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
      await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", id, { timeout: 15_000 });
      await expectMapStickyInHost(page, frame);
    }
    // Back above the story: the first chapter again, the map at the top of its block.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapterIds[0]!);
    await expect(frame.locator(".scrolly__map")).toHaveCSS("transform", "none");

    expect(watch.problems).toEqual([]);
    const origins = new Set([new URL(baseURL!).origin, new URL(FIXTURE_URL).origin]);
    expect(watch.foreign.filter((url) => !origins.has(new URL(url).origin))).toEqual([]);
  });

  test("a message from another window or origin, or of another shape, changes nothing", async ({ page, baseURL }) => {
    await page.goto(fixture("article.html", baseURL!));
    const iframe = page.locator(LOADER_IFRAME);
    const frame = page.frameLocator(LOADER_IFRAME);
    const id = chapterIds[2]!;
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await storyHeight(frame)))).toBeLessThanOrEqual(1);
    await scrollHostToChapter(iframe, frame, id);
    await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", id, { timeout: 15_000 });
    const height = await iframe.evaluate((element) => element.style.height);
    const mapTransform = await frame.locator(".scrolly__map").evaluate((element) => element.style.transform);

    // Sync messages mark when everything posted before them (same sender, same receiver) was handled.
    type Synced = { synced: (data: string) => Promise<void> };
    const listenForSyncs = () => {
      const seen = new Set<string>();
      const waiting = new Map<string, () => void>();
      window.addEventListener("message", (event) => {
        if (typeof event.data !== "string" || !event.data.startsWith("embed-spec:")) return;
        seen.add(event.data);
        waiting.get(event.data)?.();
      });
      (window as unknown as Synced).synced = (data) =>
        seen.has(data) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(data, resolve));
    };
    await page.evaluate(listenForSyncs);
    await frame.locator("body").evaluate(listenForSyncs);

    // The host page itself, and a frame of another origin, pretend to be the story or the host.
    await page.evaluate(async () => {
      window.postMessage({ type: "baghdad-story:height", version: 1, height: 321 }, "*");
      window.postMessage("embed-spec:host-self", "*");
      const intruder = document.createElement("iframe");
      intruder.srcdoc = `<script>
        parent.postMessage({ type: "baghdad-story:height", version: 1, height: 123 }, "*");
        parent.postMessage("embed-spec:intruder", "*");
        parent.frames[0].postMessage({ type: "baghdad-story:viewport", version: 1, top: 99999, height: 800 }, "*");
        parent.frames[0].postMessage("embed-spec:intruder", "*");
      <\/script>`;
      document.body.append(intruder);
      const { synced } = window as unknown as Synced;
      await Promise.all([synced("embed-spec:host-self"), synced("embed-spec:intruder")]);
    });

    // The story's own frame: messages of the wrong shape to the host, and a viewport to itself.
    await frame.locator("body").evaluate(async () => {
      for (const data of [
        { type: "baghdad-story:height", version: 2, height: 50 },
        { type: "baghdad-story:height", version: 1, height: "50" },
        { type: "baghdad-story:height", version: 1, height: Number.NaN },
        { type: "baghdad-story:size", version: 1, height: 50 },
        "pymxPYMxstory-pymxPYMxheightxPYMx50",
      ]) {
        window.parent.postMessage(data, "*");
      }
      window.parent.postMessage("embed-spec:story", "*");
      window.postMessage({ type: "baghdad-story:viewport", version: 1, top: 99999, height: 800 }, "*");
      window.postMessage("embed-spec:story-self", "*");
      const { synced } = window as unknown as Synced;
      await Promise.all([synced("embed-spec:intruder"), synced("embed-spec:story-self")]);
    });
    await page.evaluate(() => (window as unknown as Synced).synced("embed-spec:story"));

    expect(await iframe.evaluate((element) => element.style.height)).toBe(height);
    await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
    expect(await frame.locator(".scrolly__map").evaluate((element) => element.style.transform)).toBe(mapTransform);
  });

  test("a link within the story scrolls the news page to what it points to", async ({ page, baseURL }) => {
    await page.goto(fixture("article.html", baseURL!));
    const iframe = page.locator(LOADER_IFRAME);
    const frame = page.frameLocator(LOADER_IFRAME);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await storyHeight(frame)))).toBeLessThanOrEqual(1);
    const id = chapterIds[1]!;
    await scrollHostToChapter(iframe, frame, id);
    await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
    const link = frame.locator(`#${id} .chapter__sources a`).first();
    const target = frame.locator((await link.getAttribute("href"))!);
    await link.click();
    const viewport = page.viewportSize()!.height;
    // At the top of the screen, or as near as the end of the page allows.
    await expect
      .poll(async () => {
        const { y } = (await target.boundingBox())!;
        return y >= -1 && y < viewport / 2;
      })
      .toBe(true);
  });

  test("data-chapter and data-theme start the story at that chapter, in the dark theme", async ({ page, baseURL }) => {
    await page.goto(fixture("article-options.html", baseURL!));
    const iframe = page.locator(LOADER_IFRAME);
    const frame = page.frameLocator(LOADER_IFRAME);
    await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(frame.locator("body")).toHaveCSS("background-color", "rgb(22, 21, 20)");
    // The story begins with its headline, then the chosen chapter: the ones before are left out.
    await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(frame.locator(`#${chapterIds[0]}`)).toBeHidden();
    await expect(frame.locator(`#${chapterIds[startIndex - 1]}`)).toBeHidden();
    await expect(frame.locator(`#${startChapter}`)).toBeVisible();
    await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", startChapter);
    await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", startChapter, { timeout: 15_000 });
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await storyHeight(frame)))).toBeLessThanOrEqual(1);

    const next = chapterIds[startIndex + 1]!;
    await scrollHostToChapter(iframe, frame, next);
    await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", next, { timeout: 15_000 });
    await expectMapStickyInHost(page, frame);
  });

  test("an embed that loads below the fold shows its start chapter's map, and follows the reader once in view", async ({ page, baseURL }) => {
    await page.goto(fixture("article-below-fold.html", baseURL!));
    const iframe = page.locator(LOADER_IFRAME);
    const frame = page.frameLocator(LOADER_IFRAME);
    const map = frame.locator(".story-map__leaflet");
    await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", startChapter);
    // Entirely off screen, where Chromium runs no animation frame in a cross-origin iframe:
    // a flight would never end there, so the camera jumps, unseen, and reports arrival.
    expect((await iframe.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);
    await expect(map).toHaveAttribute("data-map-view", startChapter, { timeout: 15_000 });

    await scrollHostToChapter(iframe, frame, startChapter);
    await expect(map).toHaveAttribute("data-map-view", startChapter);
    const next = chapterIds[startIndex + 1]!;
    await scrollHostToChapter(iframe, frame, next);
    await expect(map).toHaveAttribute("data-map-view", next, { timeout: 15_000 });
    await expectMapStickyInHost(page, frame);
  });
});

test.describe("other ways to embed", () => {
  test("a plain fixed-height iframe: the story scrolls inside it, as on its own page", async ({ page, baseURL }) => {
    await page.goto(fixture("iframe.html", baseURL!));
    const iframe = page.locator("iframe");
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
    await iframe.scrollIntoViewIfNeeded();
    for (const id of [chapterIds[1]!, chapterIds[4]!]) {
      await frame.locator(`#${id} .chapter__card`).evaluate((card) => {
        const narrow = window.matchMedia("(max-width: 899.98px)").matches;
        const line = window.innerHeight * (narrow ? 0.7 : 0.5);
        window.scrollTo({ top: card.getBoundingClientRect().top + window.scrollY - line + 40, behavior: "instant" });
      });
      await expect(frame.locator(".scrolly")).toHaveAttribute("data-active-chapter", id);
      await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", id, { timeout: 15_000 });
      // The map sticks inside the frame, which keeps its height.
      const frameBox = (await iframe.boundingBox())!;
      const mapBox = (await frame.locator(".story-map__leaflet").boundingBox())!;
      expect(frameBox.height).toBe(720);
      expect(mapBox.y).toBeGreaterThanOrEqual(frameBox.y - 1);
      expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
    }
  });

  test("a pym.js parent page sizes the iframe from the story's height messages", async ({ page, baseURL }) => {
    await page.goto(fixture("pym.html", baseURL!));
    const iframe = page.locator("#story-pym iframe");
    const frame = page.frameLocator("#story-pym iframe");
    await expect(iframe).toHaveAttribute("src", /childId=story-pym/);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await storyHeight(frame)))).toBeLessThanOrEqual(1);
    expect((await iframe.boundingBox())!.height).toBeGreaterThan(page.viewportSize()!.height * 5);
    // With pym's trackscroll, the story follows the page's scroll as with embed.js.
    const id = chapterIds[3]!;
    await scrollHostToChapter(iframe, frame, id);
    await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", id, { timeout: 15_000 });
    await expectMapStickyInHost(page, frame);
  });
});

test.describe("the embed route", () => {
  test("?chapter= and ?theme= start at that chapter in that theme", async ({ page }) => {
    await page.goto(`/embed?chapter=${startChapter}&theme=dark`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", startChapter);
    await settledBounds(page, startChapter);
    await expect(page.locator(".chapter__title").first()).toHaveCSS("color", "rgb(237, 233, 227)");
    // The earlier chapters are still there, above, for a reader who scrolls back.
    await scrollToChapter(page, chapterIds[1]!);
    await settledBounds(page, chapterIds[1]!);
  });

  test("unknown or malformed options are ignored: the story starts at the top, in the light theme", async ({ page }) => {
    for (const query of ["?chapter=not-a-chapter&theme=neon", "?chapter=%3Cscript%3E&theme=", "?chapter=&theme=DARK&childId=%20"]) {
      await page.goto(`/embed${query}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      await expect(page.locator("html")).not.toHaveAttribute("data-embed-height", /.*/);
      await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", chapterIds[0]!);
      await settledBounds(page, chapterIds[0]!);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator("body")).toHaveCSS("background-color", "rgb(247, 245, 240)");
    }
  });

  test("the embed has no site furniture, sets no cookies and stores nothing", async ({ page, baseURL, context }) => {
    await page.goto(fixture("article.html", baseURL!));
    const frame = page.frameLocator(LOADER_IFRAME);
    await expect(frame.locator(".story-map__leaflet")).toHaveAttribute("data-map-view", chapterIds[0]!, { timeout: 15_000 });
    await expect(frame.locator("[data-chapter]")).toHaveCount(chapterIds.length);
    await expect(frame.locator(".masthead")).toHaveCount(0);
    await expect(frame.getByRole("button", { name: "Embed" })).toHaveCount(0);
    await expect(frame.locator("#sources")).toBeAttached();
    expect(await context.cookies()).toEqual([]);
    expect(await frame.locator("body").evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
  });

  test("who may frame what: the embed any site, the story page only itself", async ({ request }) => {
    const embed = await request.get("/embed");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const page = await request.get("/");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(page.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  });
});

test.describe("offering the embed on the story page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the Embed dialog gives both snippets for the chosen chapter and theme, copies them, and closes with Escape", async ({ page, baseURL }) => {
    await page.goto("/");
    const button = page.getByRole("button", { name: "Embed" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Embed this story" });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Start at").selectOption(startChapter);
    await dialog.getByLabel("Theme").selectOption("dark");

    const origin = new URL(baseURL!).origin;
    const loader = dialog.getByLabel("Loader code");
    await expect(loader).toHaveValue(
      `<div data-baghdad-story data-chapter="${startChapter}" data-theme="dark"></div>\n<script async src="${origin}/embed.js"></script>`,
    );
    await expect(dialog.getByLabel("Iframe code")).toHaveValue(new RegExp(`^<iframe src="${origin}/embed\\?chapter=${startChapter}&amp;theme=dark" title="[^"]+"`));

    await dialog.getByRole("button", { name: "Copy loader code" }).click();
    await expect(dialog.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.inputValue());

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("oEmbed: the page links to its oEmbed response, a rich iframe embed", async ({ page, request }) => {
    await page.goto("/");
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute("href", /\/oembed\.json$/);
    await expect(link).toHaveAttribute("title", story.meta.title);
    const oembed = await (await request.get("/oembed.json")).json();
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: story.meta.title, provider_name: "Baghdad Map Desk" });
    expect(oembed.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed" title="[^"]+" width="100%" height="\d+"/);
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBeGreaterThan(0);
    expect(oembed.provider_url).toMatch(/^https?:\/\//);
  });
});
