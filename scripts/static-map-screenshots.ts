/**
 * Screenshots of the static overview map (the map without JavaScript, in print, and while
 * the interactive one loads) at phone, tablet and desktop sizes and in print, for a person
 * to look at: `npx tsx scripts/static-map-screenshots.ts [out-dir]` after `npm run build`.
 */
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { chromiumFlags } from "../playwright.config";

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3210);
const URL = `http://127.0.0.1:${PORT}/`;
const OUT = process.argv[2] ?? "test-results/static-map";
const SIZES = [
  { name: "phone-390x844", width: 390, height: 844, scale: 2 },
  { name: "phone-360x640", width: 360, height: 640, scale: 2 },
  { name: "tablet-768x1024", width: 768, height: 1024, scale: 1 },
  { name: "desktop-1280x800", width: 1280, height: 800, scale: 1 },
  { name: "desktop-900x700", width: 900, height: 700, scale: 1 },
];

async function waitForServer(url: string, tries = 120) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  try {
    await waitForServer(URL);
    const browser = await chromium.launch({
      executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      args: chromiumFlags,
    });
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
    await browser.close();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
