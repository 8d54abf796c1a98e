/** For build-time tools that look at the built app in a browser (the screenshot scripts). */
import { chromium, type Browser } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { chromiumFlags } from "../../playwright.config";

async function waitForServer(url: string, tries = 120) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Serves the last build with `next start` on `port` for as long as `look` runs, with Chromium
 * launched as the end-to-end tests launch it (Debian's where it is installed).
 */
export async function withBuiltApp<T>(port: number, look: (url: string, browser: Browser) => Promise<T>): Promise<T> {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  try {
    await waitForServer(url);
    const browser = await chromium.launch({
      executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      args: chromiumFlags,
    });
    try {
      return await look(url, browser);
    } finally {
      await browser.close();
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}
