import { describe, expect, it } from "vitest";
import { embedUrl, iframeSnippet, loaderSnippet } from "./snippets";
import { embedFrameAncestors } from "./frameAncestors";
import { siteUrl } from "./siteUrl";

const origin = "https://maps.example.org";

describe("the embed snippets", () => {
  it("loader: a placeholder and the script, options only when chosen", () => {
    expect(loaderSnippet(origin)).toBe('<div data-baghdad-story></div>\n<script async src="https://maps.example.org/embed.js"></script>');
    expect(loaderSnippet(origin, { chapter: "the-flight", theme: "dark" })).toContain('<div data-baghdad-story data-chapter="the-flight" data-theme="dark"></div>');
    expect(loaderSnippet(origin, { theme: "light" })).not.toContain("data-theme");
  });
  it("per edition: the loader says data-lang, the iframe points at the edition's embed", () => {
    expect(loaderSnippet(origin, { lang: "ar", chapter: "the-flight" })).toBe(
      '<div data-baghdad-story data-lang="ar" data-chapter="the-flight"></div>\n<script async src="https://maps.example.org/embed.js"></script>',
    );
    expect(loaderSnippet(origin, { lang: "en" })).toBe(loaderSnippet(origin));
    expect(embedUrl(origin, { lang: "fr", theme: "dark" })).toBe("https://maps.example.org/fr/embed?theme=dark");
    expect(embedUrl(origin, { lang: "en" })).toBe("https://maps.example.org/embed");
  });

  it("iframe: the embed URL with escaped options and an escaped title", () => {
    expect(embedUrl(origin, { chapter: "the-flight", theme: "dark" })).toBe("https://maps.example.org/embed?chapter=the-flight&theme=dark");
    expect(iframeSnippet(origin, 'Iraq\'s "night"', { chapter: "the-flight", theme: "dark" })).toBe(
      '<iframe src="https://maps.example.org/embed?chapter=the-flight&amp;theme=dark" title="Iraq\'s &quot;night&quot;" width="100%" height="720" style="border:0;display:block"></iframe>',
    );
  });
});

describe("embedFrameAncestors (EMBED_ALLOWED_ORIGINS)", () => {
  it("lets any site frame the embed by default", () => {
    expect(embedFrameAncestors(undefined)).toBe("*");
    expect(embedFrameAncestors("  ")).toBe("*");
  });
  it("lists the allowed origins", () => {
    expect(embedFrameAncestors("https://news.example.com  https://*.example.org\n'self'")).toBe("https://news.example.com https://*.example.org 'self'");
  });
  it("fails the build on a malformed origin, naming it", () => {
    expect(() => embedFrameAncestors("https://news.example.com/path")).toThrow(/https:\/\/news.example.com\/path/);
    expect(() => embedFrameAncestors("news.example.com; script-src *")).toThrow(/EMBED_ALLOWED_ORIGINS/);
  });
});

describe("siteUrl (NEXT_PUBLIC_SITE_URL)", () => {
  it("defaults to the local server and keeps only an origin", () => {
    expect(siteUrl(undefined)).toBe("http://localhost:3000");
    expect(siteUrl("https://maps.example.org/")).toBe("https://maps.example.org");
  });
  it("fails loudly on what is not an http(s) URL", () => {
    expect(() => siteUrl("maps.example.org")).toThrow(/NEXT_PUBLIC_SITE_URL/);
    expect(() => siteUrl("ftp://maps.example.org")).toThrow(/http or https/);
  });
});
