import { expect, test } from "@playwright/test";
import { settledBounds, storyMap, watchCsp } from "./helpers";

// This project runs against a build with NEXT_PUBLIC_TILE_URL set to a local tile server
// that answers every tile slowly, with 503 (scripts/failing-tile-server.mjs).

const districtFill = (page: import("@playwright/test").Page) =>
  page.locator("path.layer-districts").first().getAttribute("fill-opacity");

test("when the tile server is down, the built-in basemap stays and a notice says so", async ({ page }) => {
  await page.goto("/");
  await settledBounds(page, storyMap.chapters[0]!.id);
  await expect(page.getByRole("status").filter({ hasText: "The detailed map is unavailable" })).toBeVisible();
  await expect.poll(() => districtFill(page)).toBe("1");
  await expect(page.locator("img.leaflet-tile")).toHaveCount(0);
  await expect(page.locator(".leaflet-control-attribution")).not.toContainText("Test tiles");
});

test("when tiles load, they are drawn under the basemap's outlines, credited, with no notice; the CSP allows the tile host", async ({ page }) => {
  const violations = await watchCsp(page);
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  await page.route("**/tiles/**", (route) => route.fulfill({ status: 200, contentType: "image/png", body: png }));
  await page.goto("/");
  await settledBounds(page, storyMap.chapters[0]!.id);
  await expect(page.locator("img.leaflet-tile-loaded").first()).toBeAttached();
  await expect(page.locator(".leaflet-control-attribution")).toContainText("Test tiles");
  expect(await districtFill(page)).toBe("0");
  await expect(page.getByText("The detailed map is unavailable")).toHaveCount(0);
  expect(violations).toEqual([]);
});
