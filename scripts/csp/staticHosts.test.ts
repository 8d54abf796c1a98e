import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { siteOptions, type PageScriptHashes } from "../../components/embed/securityHeaders";
import {
  DEPLOY_EXAMPLES,
  EXAMPLE_HASHES,
  exportUrls,
  headersFile,
  headersFileHeadersFor,
  nginxConf,
  parseHeadersFile,
} from "./staticHosts";

const hash = (letter: string) => `'sha256-${letter.repeat(43)}='`;
const HASHES: PageScriptHashes = {
  routes: { "/": [hash("A"), hash("B")], "/embed": [hash("A"), hash("E")], "/_not-found": [hash("N")] },
  other: [hash("N")],
};
const site = siteOptions({ EMBED_ALLOWED_ORIGINS: "https://news.example.com", NEXT_PUBLIC_TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png" });
const csp = (headers: { key: string; value: string }[]) => headers.filter((h) => h.key === "Content-Security-Policy").map((h) => h.value);

describe("exportUrls", () => {
  it("serves a page at its clean URL and its file name; the 404 page at /404", () => {
    expect(exportUrls("/")).toEqual(["/", "/index.html"]);
    expect(exportUrls("/embed")).toEqual(["/embed", "/embed.html"]);
    expect(exportUrls(null)).toEqual(["/404", "/404.html"]);
  });
});

describe("headersFile (Netlify, Cloudflare Pages)", () => {
  const rules = parseHeadersFile(headersFile(HASHES, site));

  it("gives every URL of every page exactly one policy, with that page's hashes", () => {
    const cases: [string, string[], string[]][] = [
      ["/", [hash("A"), hash("B")], [hash("E"), hash("N")]],
      ["/index.html", [hash("A"), hash("B")], [hash("E")]],
      ["/embed", [hash("A"), hash("E")], [hash("B")]],
      ["/embed.html", [hash("A"), hash("E")], [hash("B")]],
      ["/404.html", [hash("N")], [hash("A")]],
      ["/_not-found", [hash("N")], [hash("A")]],
    ];
    for (const [url, allowed, others] of cases) {
      const policies = csp(headersFileHeadersFor(rules, url));
      expect(policies, url).toHaveLength(1);
      for (const h of allowed) expect(policies[0], url).toContain(h);
      for (const h of others) expect(policies[0], url).not.toContain(h);
      expect(policies[0], url).toContain("img-src 'self' data: https://tiles.example.org;");
    }
  });

  it("lets the embed be framed by the allowed origins, the other pages only by the site", () => {
    expect(csp(headersFileHeadersFor(rules, "/embed"))[0]).toMatch(/frame-ancestors https:\/\/news\.example\.com$/);
    expect(headersFileHeadersFor(rules, "/embed").map((h) => h.key)).not.toContain("X-Frame-Options");
    expect(csp(headersFileHeadersFor(rules, "/"))[0]).toMatch(/frame-ancestors 'self'$/);
    expect(headersFileHeadersFor(rules, "/")).toContainEqual({ key: "X-Frame-Options", value: "SAMEORIGIN" });
  });

  it("sends the common headers everywhere, and caches hashed files for a year", () => {
    const missing = headersFileHeadersFor(rules, "/no/such/page");
    expect(missing.map((h) => h.key)).toEqual(["Referrer-Policy", "X-Content-Type-Options"]);
    expect(headersFileHeadersFor(rules, "/").map((h) => h.key)).toContain("Permissions-Policy");
    expect(headersFileHeadersFor(rules, "/_next/static/chunks/a.js")).toContainEqual({ key: "Cache-Control", value: "public, max-age=31536000, immutable" });
  });
});

describe("parseHeadersFile", () => {
  it("reads paths with * and :placeholders, and their indented headers", () => {
    const rules = parseHeadersFile("# a comment\n/news/:slug/*\n  X-One: 1\n  X-Two: a: b\n\n/exact\n  X-Three: 3\n");
    expect(headersFileHeadersFor(rules, "/news/today/x/y")).toEqual([
      { key: "X-One", value: "1" },
      { key: "X-Two", value: "a: b" },
    ]);
    expect(headersFileHeadersFor(rules, "/news/x")).toEqual([]);
    expect(headersFileHeadersFor(rules, "/exact")).toEqual([{ key: "X-Three", value: "3" }]);
    expect(headersFileHeadersFor(rules, "/exactly")).toEqual([]);
  });
});

describe("nginxConf", () => {
  const conf = nginxConf(HASHES, site);
  const block = (match: string) => {
    const start = conf.indexOf(`    location ${match} {`);
    expect(start, match).toBeGreaterThan(-1);
    return conf.slice(start, conf.indexOf("    }", start));
  };

  it("gives each page's locations that page's policy", () => {
    for (const match of ["= /", "= /index.html"]) expect(block(match)).toContain(`script-src 'self' ${hash("A")} ${hash("B")};`);
    for (const match of ["= /embed", "= /embed.html"]) {
      expect(block(match)).toContain(`script-src 'self' ${hash("A")} ${hash("E")};`);
      expect(block(match)).toContain("frame-ancestors https://news.example.com");
      expect(block(match)).not.toContain("X-Frame-Options");
    }
    expect(block("= /embed")).toContain("try_files /embed.html =404;");
  });

  it("answers a missing URL with the 404 page and the 404 page's policy", () => {
    expect(conf).toContain("error_page 404 /404.html;");
    expect(block("= /404.html")).toContain(`script-src 'self' ${hash("N")};`);
    expect(block("= /404.html")).toMatch(/add_header Content-Security-Policy "[^"]+" always;/);
  });

  it("never caches an error response", () => {
    expect(block("/_next/static/")).toContain(`add_header Cache-Control "public, max-age=31536000, immutable";`);
  });
});

describe("the examples in deploy/", () => {
  it("are what npm run export writes, with placeholders for the hashes (tsx scripts/build.ts examples)", () => {
    const site = siteOptions({});
    expect(fs.readFileSync(DEPLOY_EXAMPLES.headersFile, "utf8")).toBe(headersFile(EXAMPLE_HASHES, site));
    expect(fs.readFileSync(DEPLOY_EXAMPLES.nginxConf, "utf8")).toBe(nginxConf(EXAMPLE_HASHES, site));
  });
});
