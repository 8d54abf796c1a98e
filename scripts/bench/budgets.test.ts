import { describe, expect, it } from "vitest";
import { checkBudgets } from "./budgets";
import { PROFILES } from "./config";
import type { PhaseSummary, ProfileSummary } from "./summary";
import { KB, MB } from "./stats";
import { failures, renderMarkdown, renderTable } from "./table";

const profile = (name: string) => PROFILES.find((p) => p.name === name)!;

const smooth: PhaseSummary = {
  durationMs: 30_000,
  frames: 1800,
  p50: 16.7,
  p95: 16.8,
  p99: 16.9,
  over16: 0,
  over33: 0,
  longTasks: 0,
  longest: 0,
  over100: 0,
  worst: 0,
};

/** A page that meets every budget. */
function goodSummary(name = "phone-4x"): ProfileSummary {
  return {
    page: "story",
    profile: name,
    runs: 5,
    load: {
      bytes: 200 * KB,
      jsBytes: 150 * KB,
      requests: 12,
      foreignRequests: 0,
      fcp: 400,
      lcp: 450,
      floorLcp: 400,
      lcpRatio: 1.1,
      cls: 0,
      tbt: 120,
      mapReady: 1500,
      floorBytes: 10 * KB,
      floorRequests: 3,
    },
    reading: { ...smooth },
    flick: { ...smooth },
    settle: [
      { id: "intro", transitionMs: 0, medianMs: 20, maxMs: 30, samples: 2, unsettled: 0 },
      { id: "launch", transitionMs: 1800, medianMs: 1840, maxMs: 1900, samples: 10, unsettled: 0 },
    ],
    heap: { afterOne: 5 * MB, afterThree: 5 * MB + 300 * KB, growth: 300 * KB, growthWithoutCode: 20 * KB, nodesGrowth: 0, listenersGrowth: 0 },
    incomplete: [],
    problems: [],
  };
}

const verdict = (checks: ReturnType<typeof checkBudgets>, row: string) => checks.find((c) => c.row === row)?.pass;

describe("checkBudgets", () => {
  it("passes a page within every budget", () => {
    for (const name of ["desktop-1x", "phone-4x"]) {
      const checks = checkBudgets(goodSummary(name), profile(name));
      expect(checks.length).toBeGreaterThan(8);
      expect(checks.filter((c) => c.pass !== true)).toEqual([]);
    }
  });
  it("fails transfer, request count and other hosts beyond their limits", () => {
    const s = goodSummary();
    s.load.bytes = 251 * KB;
    s.load.requests = 16;
    s.load.foreignRequests = 1;
    const checks = checkBudgets(s, profile("phone-4x"));
    expect(verdict(checks, "load.bytes")).toBe(false);
    expect(verdict(checks, "load.requests")).toBe(false);
    expect(verdict(checks, "load.foreignRequests")).toBe(false);
  });
  it("holds LCP to 1.25 × the floor and TBT to 200 ms on the throttled phone only", () => {
    const s = goodSummary("desktop-4x");
    s.load.lcpRatio = 2;
    s.load.tbt = 900;
    const desktop = checkBudgets(s, profile("desktop-4x"));
    expect(desktop.find((c) => c.row === "load.lcpRatio")).toBeUndefined();
    expect(desktop.find((c) => c.row === "load.tbt")).toBeUndefined();
    const phone = checkBudgets({ ...s, profile: "phone-4x" }, profile("phone-4x"));
    expect(verdict(phone, "load.lcpRatio")).toBe(false);
    expect(verdict(phone, "load.tbt")).toBe(false);
    expect(verdict(checkBudgets({ ...goodSummary(), load: { ...goodSummary().load, lcpRatio: 1.25 } }, profile("phone-4x")), "load.lcpRatio")).toBe(true);
  });
  it("fails CLS above 0.01", () => {
    const s = goodSummary();
    s.load.cls = 0.011;
    expect(verdict(checkBudgets(s, profile("phone-4x")), "load.cls")).toBe(false);
  });
  it("allows scroll long tasks up to 100 ms at 4× but none over 50 ms without throttle", () => {
    const s = goodSummary("phone-1x");
    s.reading.longest = 80;
    expect(verdict(checkBudgets(s, profile("phone-1x")), "reading.longest")).toBe(false);
    expect(verdict(checkBudgets({ ...s, profile: "phone-4x" }, profile("phone-4x")), "reading.longest")).toBe(true);
    s.flick.longest = 120;
    expect(verdict(checkBudgets({ ...s, profile: "phone-4x" }, profile("phone-4x")), "flick.longest")).toBe(false);
  });
  it("checks frame p95 without throttle only, tolerating vsync jitter but not a dropped frame", () => {
    const s = goodSummary("desktop-1x");
    s.flick.p95 = 33.3;
    const checks = checkBudgets(s, profile("desktop-1x"));
    expect(verdict(checks, "reading.p95")).toBe(true);
    expect(verdict(checks, "flick.p95")).toBe(false);
    expect(checkBudgets({ ...s, profile: "desktop-4x" }, profile("desktop-4x")).find((c) => c.row === "flick.p95")).toBeUndefined();
  });
  it("gives each chapter its own settle budget: its transition plus 150 ms", () => {
    const s = goodSummary();
    s.settle[1]!.medianMs = 1951;
    const checks = checkBudgets(s, profile("phone-4x"));
    expect(checks.find((c) => c.row === "settle.launch")).toMatchObject({ limit: 1950, pass: false });
    expect(checks.find((c) => c.row === "settle.intro")).toMatchObject({ limit: 150, pass: true });
  });
  it("fails a chapter the map did not settle on at reading pace, whatever the median", () => {
    const s = goodSummary();
    s.settle[1]!.unsettled = 1;
    expect(verdict(checkBudgets(s, profile("phone-4x")), "settle.launch")).toBe(false);
  });
  it("fails a heap over 8 MB and growth across scrolls beyond noise", () => {
    const s = goodSummary();
    s.heap.afterOne = 8 * MB + 1;
    s.heap.growthWithoutCode = 101 * KB;
    s.heap.nodesGrowth = 14;
    s.heap.listenersGrowth = 1;
    const checks = checkBudgets(s, profile("phone-4x"));
    expect(verdict(checks, "heap.afterOne")).toBe(false);
    expect(verdict(checks, "heap.growthWithoutCode")).toBe(false);
    expect(verdict(checks, "heap.nodesGrowth")).toBe(false);
    expect(verdict(checks, "heap.listenersGrowth")).toBe(false);
  });
  it("does not count compiled code V8 adds over repeated scrolls as a leak", () => {
    const s = goodSummary();
    s.heap.growth = 400 * KB;
    s.heap.growthWithoutCode = 10 * KB;
    const checks = checkBudgets(s, profile("phone-4x"));
    expect(checks.find((c) => c.row === "heap.growth")).toBeUndefined();
    expect(verdict(checks, "heap.growthWithoutCode")).toBe(true);
  });
  it("neither passes nor fails a missing figure", () => {
    const s = goodSummary();
    s.load.lcpRatio = null;
    expect(verdict(checkBudgets(s, profile("phone-4x")), "load.lcpRatio")).toBeNull();
  });
});

describe("the printed table", () => {
  const good = goodSummary();
  const bad = goodSummary("phone-1x");
  bad.load.bytes = 300 * KB;
  const checks = [...checkBudgets(good, profile("phone-4x")), ...checkBudgets(bad, profile("phone-1x"))];

  it("puts PASS or FAIL next to budgeted figures, per profile", () => {
    const table = renderTable([bad, good], checks);
    const transfer = table.split("\n").find((l) => l.startsWith("load: transfer, total"))!;
    expect(transfer).toContain("≤ 250 KB");
    expect(transfer).toMatch(/300\.0 KB FAIL\s+200\.0 KB PASS$/);
    const fcp = table.split("\n").find((l) => l.startsWith("load: FCP"))!;
    expect(fcp).not.toMatch(/PASS|FAIL/);
  });
  it("has a row per chapter's settle time, named with its transition", () => {
    expect(renderTable([good], checks)).toMatch(/settle 2 launch \(1800 ms\)\s+≤ 1950 ms\s+1840 ms PASS/);
  });
  it("lists the failures with the budget they break", () => {
    expect(failures(checks)).toEqual([`FAIL story phone-1x load.bytes: ${300 * KB} (budget ≤ 250 KB)`]);
  });
  it("gives each page its own verdicts, though both ran at the same profile", () => {
    const story = goodSummary("phone-1x");
    story.load.bytes = 300 * KB;
    const embed = { ...goodSummary("phone-1x"), page: "embed" };
    const both = [...checkBudgets(story, profile("phone-1x")), ...checkBudgets(embed, profile("phone-1x"))];
    const transfer = (summary: typeof story) =>
      renderTable([summary], both.filter((c) => c.page === summary.page)).split("\n").find((l) => l.startsWith("load: transfer, total"))!;
    expect(transfer(story)).toMatch(/300\.0 KB FAIL$/);
    expect(transfer(embed)).toMatch(/200\.0 KB PASS$/);
    expect(renderTable([embed], both)).toMatch(/200\.0 KB PASS$/m);
    expect(failures(both)).toEqual([`FAIL story phone-1x load.bytes: ${300 * KB} (budget ≤ 250 KB)`]);
  });
  it("renders the same figures as a Markdown table", () => {
    const md = renderMarkdown([bad, good], checks).split("\n");
    expect(md[0]).toBe("| | budget | phone-1x | phone-4x |");
    expect(md).toContain("| load: transfer, total | ≤ 250 KB | 300.0 KB **FAIL** | 200.0 KB PASS |");
  });
});
