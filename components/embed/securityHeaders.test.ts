import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  otherPathsPattern,
  parsePageScriptHashes,
  serverHeaderRules,
  tileOrigins,
  type HeaderRule,
} from "./securityHeaders";

const HASH_A = `'sha256-${"A".repeat(43)}='`;
const HASH_B = `'sha256-${"B".repeat(43)}='`;
const site = { embedFrameAncestors: "*", tileUrl: undefined };

describe("contentSecurityPolicy", () => {
  it("allows only the app itself, and of inline scripts only the given hashes", () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'self'", tileUrl: undefined, scripts: { hashes: [HASH_A, HASH_B] } });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' ${HASH_A} ${HASH_B};`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain("unsafe");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("img-src 'self' data:;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/frame-ancestors 'self'$/);
  });

  it("lets next dev run its inline scripts, eval and styles", () => {
    const policy = contentSecurityPolicy({ frameAncestors: "*", tileUrl: undefined, scripts: "development" });
    expect(policy).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
  });

  it("adds the opt-in tile host to img-src only", () => {
    const policy = contentSecurityPolicy({ frameAncestors: "*", tileUrl: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", scripts: { hashes: [] } });
    expect(policy).toContain("img-src 'self' data: https://*.tiles.example.org");
    expect(policy).toContain("connect-src 'self';");
  });
});

describe("tileOrigins", () => {
  it("ignores what is not a URL", () => {
    expect(tileOrigins("tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileOrigins(undefined)).toBeNull();
  });
});

describe("parsePageScriptHashes (CSP_SCRIPT_HASHES)", () => {
  it("reads the build script's hashes", () => {
    const hashes = { routes: { "/": [HASH_A], "/embed": [HASH_A, HASH_B] }, other: [HASH_B] };
    expect(parsePageScriptHashes(JSON.stringify(hashes))).toEqual(hashes);
  });

  it("refuses anything that is not a hash source, which would go straight into the header", () => {
    for (const bad of [
      { routes: { "/": ["'unsafe-inline'"] }, other: [] },
      { routes: { "/": [`${HASH_A}; script-src *`] }, other: [] },
      { routes: {}, other: ["https://evil.example"] },
      { routes: { "/": HASH_A }, other: [] },
      { other: [] },
    ]) {
      expect(() => parsePageScriptHashes(JSON.stringify(bad))).toThrow(/CSP_SCRIPT_HASHES/);
    }
  });
});

describe("serverHeaderRules", () => {
  const rules = serverHeaderRules({ routes: { "/": [HASH_A], "/embed": [HASH_B] }, other: [HASH_A, HASH_B] }, { ...site, embedFrameAncestors: "https://news.example.com" });
  const csp = (rule: HeaderRule | undefined) => rule?.headers.find((h) => h.key === "Content-Security-Policy")?.value;
  const bySource = (source: string) => rules.find((rule) => rule.source === source);

  it("gives every response the common headers, and each page its own policy", () => {
    expect(bySource("/:path*")?.headers.map((h) => h.key)).toEqual(["Referrer-Policy", "X-Content-Type-Options"]);
    expect(bySource("/")?.headers.find((h) => h.key === "Permissions-Policy")?.value).toContain("camera=()");
    expect(csp(bySource("/"))).toContain(`script-src 'self' ${HASH_A};`);
    expect(csp(bySource("/"))).toMatch(/frame-ancestors 'self'$/);
    expect(bySource("/")?.headers).toContainEqual({ key: "X-Frame-Options", value: "SAMEORIGIN" });
    expect(csp(bySource("/embed"))).toContain(`script-src 'self' ${HASH_B};`);
    expect(csp(bySource("/embed"))).toMatch(/frame-ancestors https:\/\/news\.example\.com$/);
    expect(bySource("/embed")?.headers.map((h) => h.key)).toEqual(["Content-Security-Policy", "Permissions-Policy"]);
  });

  it("gives every other path the 404 page's policy, in a rule that matches neither page", () => {
    const other = rules.at(-1)!;
    expect(other.source).toBe("/:path((?!(?:embed)/?$|_next/static/|fonts/|data/|icon\\.svg$).+)");
    expect(csp(other)).toContain(`script-src 'self' ${HASH_A} ${HASH_B};`);
  });
});

describe("otherPathsPattern", () => {
  const matches = (routes: string[], path: string) => new RegExp(`^/(${otherPathsPattern(routes)})$`).test(path);

  it("matches every path but the routes", () => {
    const routes = ["/", "/embed", "/oembed.json"];
    for (const path of ["/", "/embed", "/embed/", "/oembed.json"]) expect(matches(routes, path), path).toBe(false);
    for (const path of ["/embedded", "/x/embed", "/oembedXjson", "/no-such-page"]) expect(matches(routes, path), path).toBe(true);
  });

  it("leaves out the site's files that are not documents, whose headers are the same on every host", () => {
    const routes = ["/", "/embed"];
    for (const path of ["/_next/static/chunks/a1.js", "/fonts/noto-sans-arabic.woff2", "/data/basemap.json", "/icon.svg"]) expect(matches(routes, path), path).toBe(false);
    for (const path of ["/_next/data.json", "/fontsx", "/x/fonts/a.woff2", "/database", "/icon.svgz", "/x/icon.svg"]) expect(matches(routes, path), path).toBe(true);
    expect(() => otherPathsPattern(routes, ["(.*)"])).toThrow(/unexpected asset prefix/);
  });

  it("matches / too when it is not a route", () => {
    expect(matches(["/embed"], "/")).toBe(true);
  });

  it("refuses a route that is not a plain path", () => {
    expect(() => otherPathsPattern(["/(.*)"])).toThrow(/unexpected route/);
  });
});
