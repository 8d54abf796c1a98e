import { describe, expect, it } from "vitest";
import type { FloorRun, LoadMetrics, PageRun, ScrollPhase } from "./measure";
import { incompleteness, summarize, type RunPair } from "./summary";
import { frameStats, summarizeTasks } from "./stats";
import { frameTime } from "./attribution";
import { summarizeRequests } from "./network";
import { heapGrowth } from "./heap";

const load = (lcp: number, bytes: number): LoadMetrics => ({
  settled: true,
  settledAt: 3000,
  network: { ...summarizeRequests([], "http://a"), bytes, requests: 10 },
  fcp: lcp - 50,
  lcp,
  lcpElement: "h1",
  cls: 0,
  shiftSources: [],
  tbt: 100,
  longTasks: summarizeTasks([]),
  mapReady: 1500,
  mainThread: frameTime([]),
  raw: { longTasks: [], loafs: [] },
});

const phase = (settle: ScrollPhase["settle"], longest = 0): ScrollPhase => ({
  durationMs: 10_000,
  frames: frameStats([16.7, 16.7, 33.4]),
  longTasks: { ...summarizeTasks([]), longest },
  settle,
  passes: [
    { visited: ["b", "c"], reachedEnd: true, settledAtEnd: true },
    { visited: ["b", "a"], reachedEnd: true, settledAtEnd: true },
  ],
  mainThread: frameTime([]),
  raw: { loafs: [] },
});

function run(lcp: number, floorLcp: number, settleB: number | null, heap: [number, number]): RunPair {
  const page: PageRun = {
    load: load(lcp, 200_000),
    reading: phase([
      { id: "b", activeAt: 0, settleMs: settleB, interrupted: settleB === null },
      { id: "c", activeAt: 5000, settleMs: 900, interrupted: false },
    ]),
    flick: phase([], 40),
    heap: heapGrowth({ used: heap[0], code: 1e6, nodes: 600, listeners: 700 }, { used: heap[1], code: 1e6 + 5e4, nodes: 600, listeners: 700 }),
    chapters: ["a", "b", "c"],
    problems: [],
  };
  const floor: FloorRun = { load: load(floorLcp, 10_000), problems: [] };
  return { page, floor };
}

describe("summarize", () => {
  const runs = [run(600, 400, 1500, [5e6, 5.1e6]), run(500, 500, 1600, [5e6, 5e6]), run(900, 450, null, [6e6, 6.3e6])];
  const s = summarize("story", "phone-4x", runs, new Map([["a", 0], ["b", 1500], ["c", 800]]));

  it("takes the median of each figure over the runs", () => {
    expect(s.load.lcp).toBe(600);
    expect(s.load.floorLcp).toBe(450);
    expect(s.heap.afterOne).toBe(5e6);
    expect(s.heap.growth).toBe(1e5);
    // Growth 1e5, 0 and 3e5, each with 5e4 of new compiled code.
    expect(s.heap.growthWithoutCode).toBe(5e4);
    expect(s.heap.nodesGrowth).toBe(0);
  });
  it("takes the LCP ratio run by run (page and floor were loaded back to back), then the median", () => {
    // Ratios 1.5, 1.0, 2.0: median 1.5 (not median LCP / median floor LCP = 600 / 450).
    expect(s.load.lcpRatio).toBe(1.5);
  });
  it("gives each chapter its settle median at reading pace and counts the visits that did not settle", () => {
    expect(s.settle).toEqual([
      { id: "a", transitionMs: 0, medianMs: null, maxMs: null, samples: 0, unsettled: 0 },
      { id: "b", transitionMs: 1500, medianMs: 1550, maxMs: 1600, samples: 2, unsettled: 1 },
      { id: "c", transitionMs: 800, medianMs: 900, maxMs: 900, samples: 3, unsettled: 0 },
    ]);
  });
  it("keeps the worst long task of any run beside the median", () => {
    expect(s.flick.longest).toBe(40);
    expect(s.flick.worst).toBe(40);
  });
});

describe("incompleteness", () => {
  it("is empty for a run that did everything", () => {
    expect(incompleteness(run(500, 400, 1500, [1, 1]), 0)).toEqual([]);
  });
  it("names what a run failed to do", () => {
    const r = run(500, 400, 1500, [1, 1]);
    r.page.load.settled = false;
    r.page.reading.passes[0] = { visited: ["b"], reachedEnd: false, settledAtEnd: false };
    r.page.reading.passes[1] = { visited: [], reachedEnd: true, settledAtEnd: true };
    const messages = incompleteness(r, 1);
    expect(messages).toContain("run 2: the page's load did not settle (network quiet and map on the first chapter)");
    expect(messages).toContain("run 2: the reading scroll never made c active");
    expect(messages).toContain("run 2: the reading scroll down stopped before the end");
    expect(messages).toContain("run 2: after the reading scroll down the map did not settle");
  });
});
