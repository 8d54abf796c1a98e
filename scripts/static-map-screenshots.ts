/**
 * Screenshots of the static overview map (the map without JavaScript, in print, and while
 * the interactive one loads) at phone, tablet and desktop sizes and in print, for a person
 * to look at: `npx tsx scripts/static-map-screenshots.ts [out-dir]` after `npm run build`.
 */
import fs from "node:fs";
import { withBuiltApp } from "./lib/appServer";

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3210);
const OUT = process.argv[2] ?? "test-results/static-map";
const SIZES = [
  { name: "phone-390x844", width: 390, height: 844, scale: 2 },
  { name: "phone-360x640", width: 360, height: 640, scale: 2 },
  { name: "tablet-768x1024", width: 768, height: 1024, scale: 1 },
  { name: "desktop-1280x800", width: 1280, height: 800, scale: 1 },
  { name: "desktop-900x700", width: 900, height: 700, scale: 1 },
];

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  await withBuiltApp(PORT, async (URL, browser) => {
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(URL);
      // Scrolled to where the map sticks at the top, as a reader sees it beside the chapters.
      const top = await page.locator(".scrolly").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      await page.evaluate((y) => window.scrollTo(0, y + 200), top);
      await page.screenshot({ path: `${OUT}/${size.name}.png` });
      if (size.name.startsWith("desktop-1280")) {
        await page.emulateMedia({ media: "print" });
        await page.locator(".static-map").screenshot({ path: `${OUT}/print-desktop.png` });
        await page.pdf({ path: `${OUT}/print.pdf`, format: "A4" });
      }
      await context.close();
    }
  });
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
