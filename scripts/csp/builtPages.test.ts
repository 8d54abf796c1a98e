import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exportPages, pageScriptHashes, serverBuildPages } from "./builtPages";
import { scriptHash } from "./inlineContent";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A build folder with the given files (path → content; objects are written as JSON). */
function buildDir(files: Record<string, string | object>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csp-pages-"));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

const page = (script: string) => `<html><body><script>${script}</script></body></html>`;

describe("serverBuildPages", () => {
  const manifests = (routes: string[]) => ({
    "app-path-routes-manifest.json": {
      "/page": "/",
      "/embed/page": "/embed",
      "/_not-found/page": "/_not-found",
      "/_global-error/page": "/_global-error",
      "/data/basemap.json/route": "/data/basemap.json",
    },
    "prerender-manifest.json": { routes: Object.fromEntries(routes.map((r) => [r, {}])) },
  });

  it("finds each prerendered page; the 404 page answers every other URL; Next's 500 page is left out", () => {
    const dir = buildDir({
      ...manifests(["/", "/embed", "/_not-found", "/_global-error", "/data/basemap.json"]),
      "server/app/index.html": page("story()"),
      "server/app/embed.html": page("embed()"),
      "server/app/_not-found.html": page("missing()"),
      "server/app/_global-error.html": page("error()"),
    });
    const pages = serverBuildPages(dir);
    expect(pages.map(({ file, route }) => [file, route])).toEqual([
      ["server/app/index.html", "/"],
      ["server/app/embed.html", "/embed"],
      ["server/app/_not-found.html", null],
    ]);
    expect(pageScriptHashes(pages)).toEqual({
      routes: { "/": [scriptHash("story()")], "/embed": [scriptHash("embed()")] },
      other: [scriptHash("missing()")],
    });
  });

  it("finds each page a route with parameters was prerendered as (/[lang] → /ar, /fr)", () => {
    const dir = buildDir({
      "app-path-routes-manifest.json": { "/(reference)/page": "/", "/[lang]/page": "/[lang]", "/[lang]/embed/page": "/[lang]/embed" },
      "prerender-manifest.json": {
        routes: {
          "/": { srcRoute: "/" },
          "/ar": { srcRoute: "/[lang]" },
          "/fr": { srcRoute: "/[lang]" },
          "/ar/embed": { srcRoute: "/[lang]/embed" },
          "/fr/embed": { srcRoute: "/[lang]/embed" },
        },
      },
      "server/app/index.html": page("en()"),
      "server/app/ar.html": page("ar()"),
      "server/app/fr.html": page("fr()"),
      "server/app/ar/embed.html": page("arEmbed()"),
      "server/app/fr/embed.html": page("frEmbed()"),
    });
    expect(serverBuildPages(dir).map(({ file, route }) => [file, route])).toEqual([
      ["server/app/index.html", "/"],
      ["server/app/ar.html", "/ar"],
      ["server/app/fr.html", "/fr"],
      ["server/app/ar/embed.html", "/ar/embed"],
      ["server/app/fr/embed.html", "/fr/embed"],
    ]);
  });

  it("stops at a route with parameters that no page was prerendered for", () => {
    const dir = buildDir({
      "app-path-routes-manifest.json": { "/[lang]/page": "/[lang]" },
      "prerender-manifest.json": { routes: {} },
    });
    expect(() => serverBuildPages(dir)).toThrow(/\/\[lang\] has parameters but no prerendered page/);
  });

  it("stops at a page rendered on request, whose inline scripts no build-time hash can know", () => {
    const dir = buildDir({ ...manifests(["/", "/_not-found"]), "server/app/index.html": page("story()"), "server/app/_not-found.html": page("") });
    expect(() => serverBuildPages(dir)).toThrow(/\/embed is rendered on request/);
  });
});

describe("exportPages", () => {
  it("finds every HTML page of the export but the assets; 404.html answers the other URLs", () => {
    const dir = buildDir({
      "index.html": page("story()"),
      "embed.html": page("embed()"),
      "404.html": page("missing()"),
      "guide/map.html": page("guide()"),
      "_next/static/chunks/x.html": page("not a page"),
      "embed.js": "",
    });
    expect(exportPages(dir).map(({ file, route }) => [file, route])).toEqual([
      ["404.html", null],
      ["embed.html", "/embed"],
      [path.join("guide", "map.html"), "/guide/map"],
      ["index.html", "/"],
    ]);
  });
});
