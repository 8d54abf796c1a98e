/**
 * Screenshots of the story at desktop and phone sizes, in the light and dark themes, one per
 * chapter and edition, for a person to look at: `npm run screenshots` (after `npm run build`),
 * or `npm run screenshots -- ar [chapter-id]` for one edition (and one chapter).
 * Writes test-results/screenshots/<lang>/<theme>/.
 */
import fs from "node:fs";
import { withBuiltApp } from "./lib/appServer";
import { editionLangs } from "../content/load";
import { storyPath } from "../content/routes";

const PORT = 3200;
const OUT = "test-results/screenshots";
const THEMES = ["light", "dark"] as const;
const SIZES = [
  { name: "desktop", width: 1280, height: 800, scale: 1 },
  { name: "phone", width: 390, height: 844, scale: 2 },
];

async function main() {
  const [onlyLang, onlyChapter] = process.argv.slice(2);
  const langs = onlyLang ? [onlyLang] : editionLangs();
  if (!onlyLang) fs.rmSync(OUT, { recursive: true, force: true });
  await withBuiltApp(PORT, async (URL, browser) => {
    for (const lang of langs) {
      for (const theme of THEMES) {
        const dir = `${OUT}/${lang}/${theme}`;
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        for (const size of SIZES) {
          // The page follows the reader's colour scheme.
          const page = await browser.newPage({
            viewport: { width: size.width, height: size.height },
            deviceScaleFactor: size.scale,
            colorScheme: theme,
          });
          await page.goto(new globalThis.URL(storyPath(lang), URL).href);
          await page.screenshot({ path: `${dir}/${size.name}-top.png` });
          const ids = await page.locator("[data-chapter]").evaluateAll((els) => els.map((e) => e.id));
          for (const [i, id] of ids.entries()) {
            if (onlyChapter && id !== onlyChapter) continue;
            await page.locator(`#${id} .chapter__card`).evaluate((el) => el.scrollIntoView({ block: "center" }));
            await page.locator(`[data-map-view="${id}"]`).waitFor({ timeout: 15_000 });
            await page.waitForTimeout(400);
            await page.screenshot({ path: `${dir}/${size.name}-${String(i + 1).padStart(2, "0")}-${id}.png` });
          }
          await page.close();
        }
      }
    }
  });
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
