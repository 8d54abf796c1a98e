import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";

/** Debian's Chromium when installed (this machine, CI); Playwright's own browser otherwise. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The static export (out/, from `npm run build`), served as a static host would serve it. */
export const STATIC_URL = `http://127.0.0.1:${PORT + 1}`;
/** News pages on another origin that embed the story (e2e/fixtures/). */
export const FIXTURE_URL = `http://127.0.0.1:${PORT + 2}`;
/** A failing tile server, and a build of the app that opts in to online tiles from it. */
const TILE_SERVER_URL = `http://127.0.0.1:${PORT + 3}`;
export const TILES_URL = `http://127.0.0.1:${PORT + 4}`;
/** E2E_STATIC=0 leaves out the projects against the static export (which `npm run build` writes). */
const WITH_STATIC = process.env.E2E_STATIC !== "0";
/** The desktop and phone settings, for the projects against `next start` and the export. */
const DESKTOP = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };
const PHONE = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath, args: chromiumFlags },
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      grepInvert: /@phone/,
      testIgnore: /tiles\.spec\.ts/,
      use: DESKTOP,
    },
    {
      name: "phone",
      grepInvert: /@desktop/,
      testIgnore: /tiles\.spec\.ts/,
      use: PHONE,
    },
    // The opt-in tile layer, against its own build (NEXT_PUBLIC_TILE_URL is read at build time).
    { name: "tiles", testMatch: /tiles\.spec\.ts/, use: { ...DESKTOP, baseURL: TILES_URL } },
    // The same journeys against the static export: the embed everywhere, the story and its CSP on desktop.
    ...(WITH_STATIC
      ? [
          {
            name: "static-desktop",
            testMatch: /(embed|story|csp)\.spec\.ts/,
            grepInvert: /@phone|@next-start/,
            use: { ...DESKTOP, baseURL: STATIC_URL },
          },
          {
            name: "static-phone",
            testMatch: /embed\.spec\.ts/,
            grepInvert: /@desktop|@next-start/,
            use: { ...PHONE, baseURL: STATIC_URL },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    ...(WITH_STATIC
      ? [
          {
            command: `node scripts/static-server.mjs out ${PORT + 1} --headers out/_headers`,
            url: `${STATIC_URL}/`,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    {
      command: `node scripts/failing-tile-server.mjs ${PORT + 3}`,
      url: `${TILE_SERVER_URL}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: [
        `NEXT_DIST_DIR=.next-tiles NEXT_PUBLIC_TILE_URL='${TILE_SERVER_URL}/tiles/{z}/{x}/{y}.png'`,
        `NEXT_PUBLIC_TILE_ATTRIBUTION='Test tiles' npx tsx scripts/build.ts server >/dev/null &&`,
        `NEXT_DIST_DIR=.next-tiles npx next start -p ${PORT + 4} -H 127.0.0.1`,
      ].join(" "),
      url: `${TILES_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: `node scripts/static-server.mjs e2e/fixtures ${PORT + 2} --app-origin-param`,
      url: `${FIXTURE_URL}/article.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
