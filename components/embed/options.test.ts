import { describe, expect, it } from "vitest";
import { readEmbedOptions } from "./options";
import { bootEmbed, embedBootScript, initialViewportHeight, type BootTarget } from "./boot";
import vm from "node:vm";

const ids = ["baghdad-at-night", "launch-site", "the-flight"];

describe("readEmbedOptions", () => {
  it("reads a known chapter and the dark theme", () => {
    expect(readEmbedOptions("?chapter=the-flight&theme=dark", ids)).toEqual({
      chapter: "the-flight",
      theme: "dark",
      pymId: null,
      fullHeight: false,
    });
  });
  it.each(["?chapter=nope&theme=neon", "?chapter=THE-FLIGHT&theme=Dark", "?chapter=&theme=", "?chapter=%3Cscript%3E", ""])(
    "ignores unknown or malformed values: %s",
    (search) => {
      expect(readEmbedOptions(search, ids)).toEqual({ chapter: null, theme: "light", pymId: null, fullHeight: false });
    },
  );
  it("is sized to the story under the loader and under pym.js, whose childId it keeps", () => {
    expect(readEmbedOptions("?host=loader", ids).fullHeight).toBe(true);
    expect(readEmbedOptions("?initialWidth=640&childId=story-pym", ids)).toMatchObject({ pymId: "story-pym", fullHeight: true });
    expect(readEmbedOptions("?childId=a%20b", ids)).toMatchObject({ pymId: null, fullHeight: false });
    expect(readEmbedOptions("?childId=axPYMxb", ids).pymId).toBeNull();
  });
});

function fakeTarget(search: string) {
  const attributes: Record<string, string> = {};
  const properties: Record<string, string> = {};
  const styles: string[] = [];
  const target: BootTarget = {
    search,
    root: { setAttribute: (name, value) => void (attributes[name] = value), style: { setProperty: (name, value) => void (properties[name] = value) } },
    innerHeight: 800,
    screenHeight: 1000,
    addStyle: (css) => void styles.push(css),
  };
  return { target, attributes, properties, styles };
}

describe("bootEmbed", () => {
  it("sets the theme, and nothing else in a plain iframe", () => {
    const { target, attributes, properties, styles } = fakeTarget("?theme=dark&chapter=the-flight");
    bootEmbed(readEmbedOptions, initialViewportHeight, ids, target);
    expect(attributes).toEqual({ "data-embed": "", "data-theme": "dark" });
    expect(properties).toEqual({});
    expect(styles).toEqual([]);
  });
  it("sized to the story: stands in for vh, and hides the chapters before the start", () => {
    const { target, attributes, properties, styles } = fakeTarget("?host=loader&chapter=the-flight");
    bootEmbed(readEmbedOptions, initialViewportHeight, ids, target);
    expect(attributes["data-embed-height"]).toBe("auto");
    expect(properties["--embed-vh"]).toBe("8px");
    expect(styles).toEqual([".scrolly__steps > .chapter:has(~ #the-flight) { display: none; }"]);
  });
  it("under pym.js, guesses the viewport from the screen (pym's frame starts 150 px tall)", () => {
    const { target, properties } = fakeTarget("?childId=story-pym");
    bootEmbed(readEmbedOptions, initialViewportHeight, ids, { ...target, innerHeight: 150 });
    expect(properties["--embed-vh"]).toBe("10px");
  });
  it("runs as the inline script it becomes, with nothing from outside", () => {
    const { attributes, properties } = fakeTarget("");
    const root = { setAttribute: (n: string, v: string) => void (attributes[n] = v), style: { setProperty: (n: string, v: string) => void (properties[n] = v) } };
    vm.runInNewContext(embedBootScript(ids), {
      location: { search: "?host=loader&theme=dark" },
      document: { documentElement: root, createElement: () => ({}), head: { appendChild() {} } },
      window: { innerHeight: 700 },
      screen: { availHeight: 900 },
      URLSearchParams,
    });
    expect(attributes).toEqual({ "data-embed": "", "data-theme": "dark", "data-embed-height": "auto" });
    expect(properties["--embed-vh"]).toBe("7px");
  });
});
