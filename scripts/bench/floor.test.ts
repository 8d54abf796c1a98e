import { describe, expect, it } from "vitest";
import { builtHtmlPath, makeFloor } from "./floor";

const PAGE = [
  "<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/>",
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="font" href="/f.woff2"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
  '<link rel="icon" href="/icon.svg"/></head><body>',
  '<header class="story__header"><h1>Three drones</h1></header>',
  '<div class="scrolly" data-active-chapter="one">',
  '<div class="scrolly__map story-map" role="region" aria-label="Map"><!--$!--><template data-dgst=""></template>',
  '<div class="story-map__placeholder" aria-hidden="true"><div>nested</div></div><!--/$--></div>',
  '<ol class="scrolly__steps"><li id="one" class="chapter"><article class="chapter__card"><p>Text stays.</p></article></li></ol>',
  "</div>",
  '<script id="_R_">self.__next_f.push([1,"</div> is not a tag here"])</script>',
  "<script>\n(self.__next_f=self.__next_f||[]).push([0])\n</script>",
  '<script type="application/json">{"a":1}</script>',
  "</body></html>",
].join("");

describe("makeFloor", () => {
  const floor = makeFloor(PAGE);

  it("removes every script, external, inline and JSON", () => {
    expect(floor.html).not.toMatch(/<script/i);
    expect(floor.html).not.toContain("__next_f");
    expect(floor.removedScripts).toBe(5);
  });
  it("removes script preloads but keeps other preloads", () => {
    expect(floor.html).not.toContain("x.js");
    expect(floor.html).not.toContain("m.js");
    expect(floor.html).toContain('<link rel="preload" as="font" href="/f.woff2"/>');
  });
  it("keeps the CSS links and reports them", () => {
    expect(floor.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(floor.stylesheets).toEqual(["/_next/static/chunks/a.css"]);
  });
  it("removes the map container with everything nested in it, and nothing after it", () => {
    expect(floor.html).not.toContain("scrolly__map");
    expect(floor.html).not.toContain("story-map__placeholder");
    expect(floor.html).not.toContain("nested");
    expect(floor.html).toContain('<div class="scrolly" data-active-chapter="one"><ol class="scrolly__steps">');
  });
  it("keeps the story text, the header and the document's shape", () => {
    expect(floor.html).toContain("<h1>Three drones</h1>");
    expect(floor.html).toContain("<p>Text stays.</p>");
    expect(floor.html).toMatch(/^<!DOCTYPE html><html lang="en"><head>/);
    expect(floor.html).toMatch(/<\/ol><\/div><\/body><\/html>$/);
    expect(floor.html).toContain('<link rel="icon" href="/icon.svg"/>');
  });
  it("refuses a page without the map container, rather than making a wrong floor", () => {
    expect(() => makeFloor("<html><body><p>no map</p></body></html>")).toThrow(/map container/);
  });
  it("refuses a map container that is never closed", () => {
    expect(() => makeFloor('<body><div class="scrolly__map"><div></div>')).toThrow(/not closed/);
  });
});

describe("builtHtmlPath", () => {
  it("maps routes to the HTML next build prerenders", () => {
    expect(builtHtmlPath(".next", "/")).toBe(".next/server/app/index.html");
    expect(builtHtmlPath(".next", "/embed")).toBe(".next/server/app/embed.html");
    expect(builtHtmlPath("/tmp/b/.next", "/embed/")).toBe("/tmp/b/.next/server/app/embed.html");
  });
});
