import { describe, expect, it } from "vitest";
import fs from "node:fs";
import vm from "node:vm";
import zlib from "node:zlib";
import { HEIGHT_CASES, SCROLL_CASES } from "./messageCases";
import { parseHeightMessage, parseScrollMessage } from "./messages";
import { editionLangs, loadStory } from "@/content/load";
import { embedPath } from "@/content/routes";

/**
 * public/embed.js runs in a small fake page (no jsdom): the few DOM calls it makes are
 * recorded, and messages are handed to its listener as the browser would.
 */
const LOADER = fs.readFileSync("public/embed.js", "utf8");
const STORY = "https://maps.example.org";

interface FakeIframe {
  src: string;
  title: string;
  style: { cssText: string; height: string };
  attributes: Record<string, string>;
  contentWindow: { posted: { data: unknown; origin: string }[]; postMessage(data: unknown, origin: string): void };
  top: number;
  setAttribute(name: string, value: string): void;
  getBoundingClientRect(): { top: number; bottom: number };
}

function fakePlaceholder(attributes: Record<string, string>, top = 300) {
  const children: FakeIframe[] = [];
  return {
    children,
    attributes: { "data-baghdad-story": "", ...attributes },
    getAttribute(name: string) {
      return this.attributes[name as keyof typeof this.attributes] ?? null;
    },
    setAttribute(name: string, value: string) {
      (this.attributes as Record<string, string>)[name] = value;
    },
    getBoundingClientRect: () => ({ top }),
    appendChild: (child: FakeIframe) => void children.push(child),
  };
}

function runLoader(placeholders: ReturnType<typeof fakePlaceholder>[]) {
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const frames: (() => void)[] = [];
  const scrolledTo: number[] = [];
  const window = {
    innerHeight: 800,
    pageYOffset: 1000,
    scrollTo: (_x: number, y: number) => void scrolledTo.push(y),
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] ??= []).push(listener),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
  };
  const document = {
    currentScript: { src: `${STORY}/embed.js` },
    baseURI: "https://news.example.com/article",
    readyState: "complete",
    querySelector: () => null,
    querySelectorAll: () => placeholders.filter((p) => !("data-baghdad-story-loaded" in p.attributes)),
    addEventListener() {},
    createElement(): FakeIframe {
      const posted: { data: unknown; origin: string }[] = [];
      return {
        src: "",
        title: "",
        style: { cssText: "", height: "" },
        attributes: {},
        contentWindow: { posted, postMessage: (data, origin) => void posted.push({ data, origin }) },
        top: 400,
        setAttribute(name, value) {
          this.attributes[name] = value;
        },
        getBoundingClientRect() {
          return { top: this.top, bottom: this.top + 5000 };
        },
      };
    },
  };
  vm.runInNewContext(LOADER, { window, document, URL, Math, isFinite, Array });
  const send = (event: { source: unknown; origin: string; data: unknown }) => listeners.message!.forEach((l) => l(event));
  const scroll = () => {
    listeners.scroll!.forEach((l) => l({}));
    frames.splice(0).forEach((frame) => frame());
  };
  return { send, scroll, scrolledTo, iframes: () => placeholders.flatMap((p) => p.children), window };
}

describe("public/embed.js", () => {
  it("stays small: at most 3 KB gzipped", () => {
    expect(zlib.gzipSync(LOADER).length).toBeLessThanOrEqual(3 * 1024);
  });

  it("makes one titled iframe per placeholder, with its well-formed options", () => {
    const plain = fakePlaceholder({});
    const chosen = fakePlaceholder({ "data-chapter": "the-flight", "data-theme": "dark" });
    const junk = fakePlaceholder({ "data-chapter": "../x?y=1", "data-theme": "neon" }, 5000);
    const { iframes } = runLoader([plain, chosen, junk]);
    const [a, b, c] = iframes();
    expect(iframes()).toHaveLength(3);
    expect(a!.src).toBe(`${STORY}/embed?host=loader`);
    expect(b!.src).toBe(`${STORY}/embed?host=loader&chapter=the-flight&theme=dark`);
    expect(c!.src).toBe(`${STORY}/embed?host=loader`);
    expect(a!.title).toBe(loadStory().story.meta.title);
    expect(a!.style.cssText).toContain("height:800px");
    // On the first screens it loads at once; far down the page, when the reader comes near.
    expect(a!.attributes.loading).toBeUndefined();
    expect(c!.attributes.loading).toBe("lazy");
  });

  it.each(editionLangs())("data-lang=\"%s\" embeds that edition, titled in its language", (lang) => {
    const { iframes } = runLoader([fakePlaceholder({ "data-lang": lang, "data-chapter": "the-flight" })]);
    const [frame] = iframes();
    expect(frame!.src).toBe(`${STORY}${embedPath(lang)}?host=loader&chapter=the-flight`);
    expect(frame!.title).toBe(loadStory(lang).story.meta.title);
  });

  it("an unknown or malformed data-lang gets the English edition", () => {
    const { iframes } = runLoader([fakePlaceholder({ "data-lang": "xx" }), fakePlaceholder({ "data-lang": "__proto__" })]);
    expect(iframes().map((frame) => frame.src)).toEqual([`${STORY}/embed?host=loader`, `${STORY}/embed?host=loader`]);
    expect(iframes()[1]!.title).toBe(loadStory().story.meta.title);
  });

  it.each(HEIGHT_CASES)("judges $name as the story's code does", ({ data }) => {
    const { send, iframes } = runLoader([fakePlaceholder({})]);
    const iframe = iframes()[0]!;
    send({ source: iframe.contentWindow, origin: STORY, data });
    const expected = parseHeightMessage(data);
    expect(iframe.style.height).toBe(expected === null ? "" : `${expected}px`);
  });

  it.each(SCROLL_CASES)("judges the scroll request $name as the story's code does", ({ data }) => {
    const { send, iframes, scrolledTo } = runLoader([fakePlaceholder({})]);
    const iframe = iframes()[0]!;
    send({ source: iframe.contentWindow, origin: STORY, data });
    const expected = parseScrollMessage(data);
    // The iframe's top is 400 px down the viewport, the page scrolled by 1000 px.
    expect(scrolledTo).toEqual(expected === null ? [] : [1400 + expected]);
  });

  it("takes heights only from its own iframe, at the story's origin", () => {
    const { send, iframes, window } = runLoader([fakePlaceholder({})]);
    const iframe = iframes()[0]!;
    const data = { type: "baghdad-story:height", version: 1, height: 4000 };
    send({ source: window, origin: "https://news.example.com", data });
    send({ source: {}, origin: STORY, data });
    send({ source: iframe.contentWindow, origin: "https://evil.example", data });
    expect(iframe.style.height).toBe("");
    send({ source: iframe.contentWindow, origin: STORY, data });
    expect(iframe.style.height).toBe("4000px");
  });

  it("once the story is listening, tells it the viewport, to the story's origin only, on scroll", () => {
    const { send, scroll, iframes } = runLoader([fakePlaceholder({})]);
    const iframe = iframes()[0]!;
    scroll();
    expect(iframe.contentWindow.posted).toEqual([]);
    send({ source: iframe.contentWindow, origin: STORY, data: { type: "baghdad-story:height", version: 1, height: 6000 } });
    expect(iframe.contentWindow.posted).toEqual([{ data: { type: "baghdad-story:viewport", version: 1, top: -400, height: 800 }, origin: STORY }]);
    iframe.top = -1200;
    scroll();
    scroll();
    expect(iframe.contentWindow.posted.map((p) => p.data)).toEqual([
      { type: "baghdad-story:viewport", version: 1, top: -400, height: 800 },
      { type: "baghdad-story:viewport", version: 1, top: 1200, height: 800 },
    ]);
  });
});
