/**
 * Screenshots of the static overview map (the map without JavaScript, in print, and while
 * the interactive one loads) at phone, tablet and desktop sizes and in print, for a person
 * to look at, in every edition: `npx tsx scripts/static-map-screenshots.ts [out-dir] [lang]`
 * after `npm run build`. Writes <out-dir>/<lang>/.
 */
import fs from "node:fs";
import { withBuiltApp } from "./lib/appServer";
import { editionLangs } from "../content/load";
import { storyPath } from "../content/routes";

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
  const langs = process.argv[3] ? [process.argv[3]] : editionLangs();
  await withBuiltApp(PORT, async (URL, browser) => {
    for (const lang of langs) {
      const out = `${OUT}/${lang}`;
      fs.mkdirSync(out, { recursive: true });
      for (const size of SIZES) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.scale,
          javaScriptEnabled: false,
        });
        const page = await context.newPage();
        await page.goto(new globalThis.URL(storyPath(lang), URL).href);
        // Scrolled to where the map sticks at the top, as a reader sees it beside the chapters.
        const top = await page.locator(".scrolly").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        await page.evaluate((y) => window.scrollTo(0, y + 200), top);
        await page.screenshot({ path: `${out}/${size.name}.png` });
        if (size.name.startsWith("desktop-1280")) {
          await page.emulateMedia({ media: "print" });
          await page.locator(".static-map").screenshot({ path: `${out}/print-desktop.png` });
          await page.pdf({ path: `${out}/print.pdf`, format: "A4" });
        }
        await context.close();
      }
    }
  });
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
