import { expect, test, type Page } from "@playwright/test";
import { STATIC_URL } from "../playwright.config";
import { blockedInline, parsePolicy } from "../scripts/csp/policyCheck";
import { scriptHashes } from "../scripts/csp/inlineContent";
import { chapterIds, scrollToChapter, settledBounds, story, watchCsp, watchPage } from "./helpers";
import { editionLangs } from "../content/load";
import { REFERENCE_EDITION, embedPath, storyPath } from "../content/routes";

/**
 * The Content-Security-Policy, from `next start` and from the static export served with the
 * out/_headers `npm run export` writes: scripts only from the site plus each page's own
 * inline scripts by hash, styles only from the site; and every page works under it, with
 * not one violation.
 */

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;
const map = (page: Page) => page.locator(".story-map__leaflet");

test.describe("the policy each page is served with @desktop", () => {
  test("allows the site's scripts and exactly the page's own inline scripts, styles only from the site, with the other security headers", async ({
    request,
    baseURL,
  }) => {
    // A static host's 404 for a missing URL has only the /* headers (see out/_headers); its
    // 404 page is checked at /404.html.
    // Every edition's story and embed, each with its own policy.
    const editionPages = editionLangs()
      .filter((lang) => lang !== REFERENCE_EDITION)
      .flatMap((lang) => [storyPath(lang), embedPath(lang)]);
    const pages =
      baseURL === STATIC_URL
        ? ["/", "/index.html", "/embed", "/embed.html", "/404.html", ...editionPages.flatMap((path) => [path, `${path}.html`])]
        : ["/", "/embed", "/no-such-page", ...editionPages];
    for (const path of pages) {
      const response = await request.get(path);
      const html = await response.text();
      expect(html, path).toContain("<script");
      const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
      expect(policies, path).toHaveLength(1);
      const policy = policies[0]!.value;
      expect(policy, `${path}: one policy, not two joined`).not.toContain(",");
      const directives = parsePolicy(policy);
      const scriptSrc = directives.get("script-src")!;
      expect(scriptSrc[0], path).toBe("'self'");
      expect(scriptSrc.slice(1).filter((source) => !HASH_SOURCE.test(source)), path).toEqual([]);
      expect(new Set(scriptSrc.slice(1)), path).toEqual(new Set(scriptHashes(html)));
      expect(directives.get("style-src"), path).toEqual(["'self'"]);
      expect(policy, path).not.toContain("unsafe");
      expect(blockedInline(html, policy), path).toEqual([]);
      for (const directive of ["default-src", "connect-src", "font-src", "base-uri", "form-action"]) {
        expect(directives.get(directive), `${path} ${directive}`).toEqual(["'self'"]);
      }
      expect(directives.get("object-src"), path).toEqual(["'none'"]);
      const headers = response.headers();
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["permissions-policy"], path).toContain("camera=()");
    }
  });

  test("the site's files that are not pages carry the security headers, and no page's policy", async ({ request }) => {
    const html = await (await request.get("/ar")).text();
    const script = html.match(/\/_next\/static\/[^"]+\.js/)![0];
    for (const path of [script, "/data/basemap.json", "/fonts/noto-sans-arabic.woff2"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      // Policies govern documents only: on a script, a font or data they would be bytes for nothing.
      expect(headers["content-security-policy"], path).toBeUndefined();
      expect(headers["permissions-policy"], path).toBeUndefined();
      expect(headers["x-frame-options"], path).toBeUndefined();
    }
  });

  test("the pages' policies differ only where the pages do", async ({ request }) => {
    const policy = async (path: string) => parsePolicy((await request.get(path)).headers()["content-security-policy"]!);
    for (const lang of editionLangs().filter((lang) => lang !== REFERENCE_EDITION)) {
      expect((await policy(storyPath(lang))).get("frame-ancestors"), storyPath(lang)).toEqual(["'self'"]);
      expect((await policy(embedPath(lang))).get("frame-ancestors"), embedPath(lang)).toEqual(["*"]);
    }
    const [storyPolicy, embedPolicy] = [await policy("/"), await policy("/embed")];
    expect(storyPolicy.get("script-src")).not.toEqual(embedPolicy.get("script-src"));
    expect(storyPolicy.get("frame-ancestors")).toEqual(["'self'"]);
    expect(embedPolicy.get("frame-ancestors")).toEqual(["*"]);
    for (const directive of ["default-src", "style-src", "img-src", "connect-src", "object-src"]) {
      expect(storyPolicy.get(directive), directive).toEqual(embedPolicy.get(directive));
    }
  });
});

test.describe("every page works under its policy, without one violation", () => {
  test("the story: chapters' maps, the flight, explore mode with zoom and a place's popup", async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchCsp(page);
    const watch = watchPage(page);
    await page.goto("/");
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await settledBounds(page, chapterIds[0]!);
    for (const id of ["launch-site", chapterIds.at(-1)!, "the-flight"]) {
      await scrollToChapter(page, id);
      await settledBounds(page, id);
    }
    await expect(page.locator(".map-label").first()).toBeVisible();

    await page.getByRole("button", { name: "Explore the map" }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "explore");
    await page.getByRole("button", { name: "Launch area (approximate)" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".leaflet-popup")).toBeVisible();
    const zoom = Number(await map(page).getAttribute("data-map-zoom"));
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => Number(await map(page).getAttribute("data-map-zoom"))).toBeGreaterThan(zoom);
    await page.getByRole("button", { name: "Back to the story" }).click();
    await expect(map(page)).toHaveAttribute("data-map-mode", "story");
    await settledBounds(page, "the-flight");

    expect(violations).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test("the embed: light, dark, and sized by its host from a chapter (its boot script's style rule)", async ({ page }) => {
    const violations = await watchCsp(page);
    const watch = watchPage(page);
    for (const theme of ["light", "dark"]) {
      await page.goto(`/embed?theme=${theme}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expect(page.locator(".leaflet-container")).toBeVisible();
      await settledBounds(page, chapterIds[0]!);
      await scrollToChapter(page, chapterIds[2]!);
      await settledBounds(page, chapterIds[2]!);
    }
    await page.goto("/embed?host=loader&chapter=the-flight&theme=dark");
    await expect(page.locator("html")).toHaveAttribute("data-embed-height", "auto");
    await expect(page.locator(`#${chapterIds[0]}`)).toBeHidden();
    await expect(page.locator("#the-flight")).toBeVisible();
    await settledBounds(page, "the-flight");

    expect(violations).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test("a URL with no page: the 404 page, which leads back to the story", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto("/no-such-page");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
    await page.getByRole("link", { name: story.meta.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.meta.title);
    await settledBounds(page, chapterIds[0]!);
    expect(violations).toEqual([]);
  });

  test("an inline script or style the page does not have is blocked, and reported", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/");
    await settledBounds(page, chapterIds[0]!);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      document.body.insertAdjacentHTML("beforeend", '<p id="injected-style" style="color: rgb(255, 0, 0)">x</p>');
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect(page.locator("#injected-style")).not.toHaveCSS("color", "rgb(255, 0, 0)");
    await expect.poll(() => violations.filter((v) => /script-src-elem blocked inline/.test(v)).length).toBe(1);
    await expect.poll(() => violations.filter((v) => /style-src-attr blocked inline/.test(v)).length).toBe(1);
  });
});
