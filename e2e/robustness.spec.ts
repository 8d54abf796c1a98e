import { expect, test } from "@playwright/test";
import { chapterIds, settledBounds, watchPage } from "./helpers";

test.describe("hostile or broken input is inert", () => {
  const payloads = [
    "/#<img src=x onerror=alert(1)>",
    "/#map=14/33.3/44.4%3Cscript%3Ealert(1)%3C/script%3E",
    "/#javascript:alert(1)",
    "/?chapter=%3Cscript%3Ealert(1)%3C/script%3E&theme=%22%3E%3Csvg%20onload=alert(1)%3E",
    "/#no-such-chapter",
  ];
  for (const url of payloads) {
    test(`${url} opens the story at the top, runs nothing`, async ({ page }) => {
      const watch = watchPage(page);
      let dialogs = 0;
      page.on("dialog", (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await page.goto(url);
      await settledBounds(page, chapterIds[0]!);
      await expect(page.locator(".story-map__leaflet")).toHaveAttribute("data-map-mode", "story");
      expect(dialogs).toBe(0);
      expect(watch.problems).toEqual([]);
    });
  }
});

test.describe("the map keeps the active chapter's view", () => {
  test("through a resize in the middle of a transition", async ({ page }) => {
    await page.goto("/");
    await settledBounds(page, chapterIds[0]!);
    await page.goto(`/#airport-2020`);
    await page.setViewportSize({ width: 1000, height: 700 });
    // Whatever chapter is at the reading line once the page has reflowed, the map settles on it.
    await expect
      .poll(async () => {
        const active = (await page.locator(".scrolly").getAttribute("data-active-chapter"))!;
        return (await page.locator(".story-map__leaflet").getAttribute("data-map-view")) === active;
      }, { timeout: 15_000 })
      .toBe(true);
  });

  test("through back and forward between chapters", async ({ page }) => {
    await page.goto("/#sit-in");
    await settledBounds(page, "sit-in");
    await page.goto("/#airport-2020");
    await settledBounds(page, "airport-2020");
    await page.goBack();
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "sit-in");
    await settledBounds(page, "sit-in");
    await page.goForward();
    await expect(page.locator(".scrolly")).toHaveAttribute("data-active-chapter", "airport-2020");
    await settledBounds(page, "airport-2020");
  });
});
