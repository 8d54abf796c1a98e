/**
 * Screenshots of the story at desktop and phone sizes, one per chapter, for a person to
 * look at: `npm run screenshots` (after `npm run build`). Writes test-results/screenshots/.
 */
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { chromiumFlags } from "../playwright.config";

const PORT = 3200;
const URL = `http://127.0.0.1:${PORT}/`;
const OUT = "test-results/screenshots";
const SIZES = [
  { name: "desktop", width: 1280, height: 800, scale: 1 },
  { name: "phone", width: 390, height: 844, scale: 2 },
];

async function waitForServer(url: string, tries = 60) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main() {
  const only = process.argv[2];
  if (!only) fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  try {
    await waitForServer(URL);
    const browser = await chromium.launch({
      executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      args: chromiumFlags,
    });
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
      });
      await page.goto(URL);
      await page.screenshot({ path: `${OUT}/${size.name}-top.png` });
      const ids = await page.locator("[data-chapter]").evaluateAll((els) => els.map((e) => e.id));
      for (const [i, id] of ids.entries()) {
        if (only && id !== only) continue;
        await page.locator(`#${id} .chapter__card`).evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.locator(`[data-map-view="${id}"]`).waitFor({ timeout: 15_000 });
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${OUT}/${size.name}-${String(i + 1).padStart(2, "0")}-${id}.png` });
      }
      await page.close();
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
