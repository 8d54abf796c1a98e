import { describe, expect, it } from "vitest";
import { PAGES, PROFILES, QUICK_PROFILE, parseOptions } from "./config";

describe("parseOptions", () => {
  it("builds, runs every profile and page five times, by default", () => {
    const options = parseOptions([]);
    expect(options).toMatchObject({ build: true, quick: false, runs: 5, out: "bench-results/latest.json" });
    expect(options.profiles).toEqual(["desktop-1x", "desktop-4x", "phone-1x", "phone-4x"]);
    expect(options.pages).toEqual(PAGES.map((p) => p.name));
  });
  it("quick mode is one run of the throttled phone, from the flag or BENCH_QUICK", () => {
    for (const options of [parseOptions(["--quick"]), parseOptions([], { BENCH_QUICK: "1" })]) {
      expect(options.quick).toBe(true);
      expect(options.runs).toBe(1);
      expect(options.profiles).toEqual([QUICK_PROFILE]);
    }
  });
  it("lets explicit runs and profiles win over quick mode's", () => {
    const options = parseOptions(["--quick", "--runs", "2", "--profile=desktop-1x,phone-1x"]);
    expect(options.runs).toBe(2);
    expect(options.profiles).toEqual(["desktop-1x", "phone-1x"]);
  });
  it("skips the build with --no-build and writes where --out says", () => {
    expect(parseOptions(["--no-build", "--out", "/tmp/x.json"])).toMatchObject({ build: false, out: "/tmp/x.json" });
  });
  it("refuses unknown options, profiles and bad run counts", () => {
    expect(() => parseOptions(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseOptions(["--profile", "tablet"])).toThrow(/unknown tablet/);
    expect(() => parseOptions(["--runs", "0"])).toThrow(/whole number/);
    expect(() => parseOptions(["--runs"])).toThrow(/whole number/);
  });
});

describe("the configuration", () => {
  it("has unique page names and routes that start with a slash", () => {
    expect(new Set(PAGES.map((p) => p.name)).size).toBe(PAGES.length);
    for (const page of PAGES) expect(page.route).toMatch(/^\//);
  });
  it("measures the sizes and throttles the issue asks for", () => {
    const byName = Object.fromEntries(PROFILES.map((p) => [p.name, p]));
    expect(byName["desktop-1x"]).toMatchObject({ viewport: { width: 1280, height: 800 }, cpuThrottle: 1, isMobile: false });
    expect(byName["phone-4x"]).toMatchObject({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      cpuThrottle: 4,
    });
    expect(PROFILES.map((p) => p.name)).toContain(QUICK_PROFILE);
  });
});
