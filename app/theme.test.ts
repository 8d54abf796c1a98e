import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { wcagContrast } from "culori";

/**
 * The page's two palettes, read from app/globals.css as the browser reads them: the light
 * one on :root, the dark one in the blocks the reader's scheme or the page's toggle turn on.
 */
const css = fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");

function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function blockAfter(opening: string): string {
  const start = css.indexOf(opening);
  expect(start, `app/globals.css has no "${opening}"`).toBeGreaterThanOrEqual(0);
  const from = start + opening.length;
  return css.slice(from, css.indexOf("}", from));
}

const light = declarations(blockAfter(":root {"));
const darkBySystem = declarations(blockAfter(':root:not([data-theme="light"]) {'));
const darkByChoice = declarations(blockAfter(':root[data-theme="dark"] {'));
const palettes = { light: light, dark: new Map([...light, ...darkByChoice]) };

describe("the dark theme", () => {
  it("is the same palette whether the reader's system asks for it or the page's toggle does", () => {
    expect([...darkBySystem]).toEqual([...darkByChoice]);
  });

  it("redefines every colour of the light palette, and nothing the light one lacks", () => {
    const colours = [...light.keys()].filter((name) => /^(#|rgb)/.test(light.get(name)!));
    expect(colours.length).toBeGreaterThan(30);
    expect([...darkByChoice.keys()].sort()).toEqual(colours.sort());
  });

  it("never applies to print: both blocks are for screens", () => {
    expect(css).toContain('@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {');
    expect(css).toContain('@media screen {\n  :root[data-theme="dark"] {');
  });
});

describe.each(Object.entries(palettes))("the %s palette", (_, palette) => {
  const ratio = (a: string, b: string) => wcagContrast(palette.get(a)!, palette.get(b)!);

  it("sets text and links at 4.5:1 or more on the paper and on cards (WCAG 1.4.3)", () => {
    for (const text of ["--ink", "--ink-soft", "--link", "--accent", "--muted", "--ok"]) {
      for (const ground of ["--paper", "--card"]) expect(ratio(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(ratio("--strong-ink", "--strong-bg")).toBeGreaterThanOrEqual(4.5);
    expect(ratio("--strong-ink", "--strong-hover")).toBeGreaterThanOrEqual(4.5);
    expect(ratio("--ink", "--notice-bg")).toBeGreaterThanOrEqual(4.5);
  });

  it("sets the map's labels at 4.5:1 or more on their halo (WCAG 1.4.3)", () => {
    for (const text of ["--map-ink", "--map-green-zone-ink", "--map-river-ink", "--map-note-ink", "--map-district-ink"]) {
      expect(ratio(text, "--map-ring"), text).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws the story's layers and the controls' edges at 3:1 or more on what lies under them (WCAG 1.4.11)", () => {
    for (const layer of ["--map-event", "--map-bridge", "--map-place", "--map-green-zone-line"]) {
      expect(ratio(layer, "--map-land"), `${layer} on land`).toBeGreaterThanOrEqual(3);
    }
    expect(ratio("--map-event", "--map-water"), "the flight path over the river").toBeGreaterThanOrEqual(3);
    expect(ratio("--map-bridge", "--map-water"), "bridges over the river").toBeGreaterThanOrEqual(3);
    expect(ratio("--map-place", "--map-ring"), "a place's dot in its ring").toBeGreaterThanOrEqual(3);
    expect(ratio("--control-line", "--card"), "buttons' borders").toBeGreaterThanOrEqual(3);
    expect(ratio("--map-inset-focus-line", "--map-inset-land"), "the inset's focus").toBeGreaterThanOrEqual(3);
  });
});
