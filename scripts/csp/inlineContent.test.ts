import { describe, expect, it } from "vitest";
import { attributesOf, inlineEventHandlers, inlineScripts, inlineStyles, scriptHash, scriptHashes } from "./inlineContent";

/** The shape of a page Next.js prerenders: script files, its bootstrap, the React payload. */
const PAGE = [
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>`,
  `<script src="/_next/static/chunks/b.js" async=""></script>`,
  `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
  `</head><body><div hidden=""><!--$--><!--/$--></div>`,
  `<p title="a > b">Text with &lt;script&gt; and onclick=&quot;x&quot; in it</p>`,
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>`,
  `<script type="module" data-x='1>0'>import "/m.js"</script>`,
  `</body></html>`,
].join("");

describe("inlineScripts", () => {
  it("finds the inline scripts a browser runs, in order: not script files, not JSON data blocks", () => {
    expect(inlineScripts(PAGE)).toEqual([
      "(self.__next_f=self.__next_f||[]).push([0])",
      `self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])`,
      `import "/m.js"`,
    ]);
  });

  it("keeps an empty inline script (it runs, and needs its hash) and the exact text, whitespace included", () => {
    expect(inlineScripts("<script></script><SCRIPT >\n  go()\n</SCRIPT >")).toEqual(["", "\n  go()\n"]);
  });
});

describe("scriptHash", () => {
  it("is the CSP source of the script's sha256 (the example in the CSP specification)", () => {
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("hashes what the browser sees: the HTML parser turns CR LF and CR into LF", () => {
    expect(scriptHash("a();\r\nb();\rc();")).toBe(scriptHash("a();\nb();\nc();"));
  });

  it("lists a page's distinct hashes once each", () => {
    expect(scriptHashes("<script>x()</script><p></p><script>x()</script><script>y()</script>")).toEqual([scriptHash("x()"), scriptHash("y()")]);
  });
});

describe("inlineEventHandlers and inlineStyles", () => {
  it("find none in a page made of script files, inline scripts and text", () => {
    expect(inlineEventHandlers(PAGE)).toEqual([]);
    expect(inlineStyles(PAGE)).toEqual([]);
  });

  it("find event handler attributes, whatever their case, but not words inside scripts", () => {
    const html = `<body><img src="x" ONERROR="go()"><script>el.setAttribute("onclick", "<a onload=1>")</script><a href="#" onclick='go()'>x</a></body>`;
    expect(inlineEventHandlers(html)).toEqual(["<img onerror>", "<a onclick>"]);
  });

  it("find style elements and style attributes", () => {
    const html = `<head><style>body{margin:0}</style></head><body><div style="color:red">x</div><p data-style="no">y</p></body>`;
    expect(inlineStyles(html)).toEqual(["<style>body{margin:0}", `<div style="color:red">`]);
  });
});

describe("attributesOf", () => {
  it("reads quoted, unquoted and bare attributes, the first of a name winning", () => {
    expect([...attributesOf(` src="a b" async type=module data-x='1' SRC="c"`)]).toEqual([
      ["src", "a b"],
      ["async", ""],
      ["type", "module"],
      ["data-x", "1"],
    ]);
  });
});
