import { describe, expect, it } from "vitest";
import {
  cumulativeLayoutShift,
  frameDurations,
  frameStats,
  median,
  percentile,
  settleSamples,
  summarizeTasks,
  totalBlockingTime,
} from "./stats";

describe("median", () => {
  it("is the middle value of an odd count, in any order", () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it("is the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("skips missing values and is null when nothing is left", () => {
    expect(median([null, 7, undefined, NaN])).toBe(7);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });
});

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("uses the nearest rank: one of the values, at or above p % of them", () => {
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    // 10 is only a third of the values: the 40th percentile must be 20.
    expect(percentile([30, 10, 20], 40)).toBe(20);
    expect(percentile([10, 20, 30], 34)).toBe(20);
    expect(percentile([10, 20, 30], 33)).toBe(10);
  });
  it("gives the smallest for p 0 and the largest for p 100", () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
  it("lets a single slow frame among twenty show at p95 but not at p50", () => {
    const frames = [...Array(19).fill(16.7), 100];
    expect(percentile(frames, 50)).toBe(16.7);
    expect(percentile(frames, 99)).toBe(100);
  });
  it("is null for no values and refuses p outside 0–100", () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("frame statistics", () => {
  it("turns rAF timestamps into frame durations", () => {
    const durations = frameDurations([0, 16.7, 33.4, 83.4]);
    expect(durations).toHaveLength(3);
    expect(durations[0]).toBeCloseTo(16.7);
    expect(durations[1]).toBeCloseTo(16.7);
    expect(durations[2]).toBeCloseTo(50);
    expect(frameDurations([5])).toEqual([]);
  });
  it("counts frames that missed one and two vsyncs, tolerating timestamp jitter", () => {
    const durations = [16.6, 16.8, 17.2, 33.3, 33.5, 50.1, 16.7, 16.7, 16.7, 16.7];
    const stats = frameStats(durations);
    expect(stats.frames).toBe(10);
    // 16.8 and 17.2 are jitter around one frame; 33.3, 33.5 and 50.1 missed at least one vsync.
    expect(stats.over16).toBeCloseTo(0.3);
    // Only 50.1 missed two.
    expect(stats.over33).toBeCloseTo(0.1);
    expect(stats.p50).toBe(16.7);
    expect(stats.p99).toBe(50.1);
  });
  it("has no figures for no frames", () => {
    expect(frameStats([])).toEqual({ frames: 0, p50: null, p95: null, p99: null, over16: null, over33: null });
  });
});

describe("totalBlockingTime", () => {
  it("sums each long task's time beyond 50 ms", () => {
    const tasks = [
      { start: 1000, duration: 120 },
      { start: 2000, duration: 60 },
      { start: 3000, duration: 40 },
    ];
    expect(totalBlockingTime(tasks, 500, 5000)).toBe(70 + 10);
  });
  it("ignores tasks before FCP and after the load settled", () => {
    const tasks = [
      { start: 100, duration: 300 },
      { start: 6000, duration: 300 },
    ];
    expect(totalBlockingTime(tasks, 500, 5000)).toBe(0);
  });
  it("counts only the part of a task after FCP, as Lighthouse does", () => {
    // 200 ms task, FCP 100 ms into it: 100 ms remain, 50 of which block.
    expect(totalBlockingTime([{ start: 400, duration: 200 }], 500, 5000)).toBe(50);
  });
});

describe("summarizeTasks", () => {
  const tasks = [
    { start: 100, duration: 70 },
    { start: 900, duration: 150 },
    { start: 2000, duration: 55 },
  ];
  it("counts, finds the longest, and sums what blocks, in a window", () => {
    expect(summarizeTasks(tasks)).toEqual({ count: 3, over100: 1, longest: 150, blocking: 20 + 100 + 5 });
    expect(summarizeTasks(tasks, 500, 1500)).toEqual({ count: 1, over100: 1, longest: 150, blocking: 100 });
  });
  it("reports a clean window as zeros", () => {
    expect(summarizeTasks(tasks, 3000, 4000)).toEqual({ count: 0, over100: 0, longest: 0, blocking: 0 });
  });
});

describe("cumulativeLayoutShift", () => {
  const shift = (start: number, value: number, hadRecentInput = false) => ({ start, value, hadRecentInput });
  it("sums shifts less than a second apart into one session window", () => {
    expect(cumulativeLayoutShift([shift(100, 0.01), shift(600, 0.02), shift(1400, 0.03)])).toBeCloseTo(0.06);
  });
  it("starts a new window after a gap of a second or more", () => {
    expect(cumulativeLayoutShift([shift(100, 0.03), shift(1300, 0.02)])).toBeCloseTo(0.03);
    expect(cumulativeLayoutShift([shift(100, 0.03), shift(1099, 0.02)])).toBeCloseTo(0.05);
  });
  it("takes the largest window, not the sum of all", () => {
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(3000, 0.02), shift(3500, 0.02)])).toBeCloseTo(0.05);
  });
  it("closes a window after five seconds even if shifts keep coming", () => {
    const steady = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
    // Window one: 0 … 4500 (6 shifts); window two starts at 5400.
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06);
  });
  it("leaves out shifts right after input, and is 0 without shifts", () => {
    expect(cumulativeLayoutShift([shift(100, 0.3, true), shift(200, 0.001)])).toBeCloseTo(0.001);
    expect(cumulativeLayoutShift([])).toBe(0);
  });
});

describe("settleSamples", () => {
  it("times each activation to the map reporting that chapter's view", () => {
    const samples = settleSamples([
      { kind: "active", id: "b", t: 1000 },
      { kind: "view", id: null, t: 1005 },
      { kind: "view", id: "b", t: 2600 },
      { kind: "active", id: "c", t: 5000 },
      { kind: "view", id: null, t: 5003 },
      { kind: "view", id: "c", t: 6510 },
    ]);
    expect(samples).toEqual([
      { id: "b", activeAt: 1000, settleMs: 1600, interrupted: false },
      { id: "c", activeAt: 5000, settleMs: 1510, interrupted: false },
    ]);
  });
  it("marks an activation interrupted when another chapter becomes active before the map settles", () => {
    const samples = settleSamples([
      { kind: "active", id: "b", t: 0 },
      { kind: "active", id: "c", t: 300 },
      { kind: "view", id: "b", t: 400 },
      { kind: "view", id: "c", t: 1900 },
    ]);
    expect(samples[0]).toEqual({ id: "b", activeAt: 0, settleMs: null, interrupted: true });
    expect(samples[1]).toMatchObject({ id: "c", settleMs: 1600, interrupted: false });
  });
  it("leaves the time empty when the map never settles, and ignores other chapters' views", () => {
    const samples = settleSamples([
      { kind: "active", id: "b", t: 0 },
      { kind: "view", id: "a", t: 100 },
    ]);
    expect(samples).toEqual([{ id: "b", activeAt: 0, settleMs: null, interrupted: false }]);
  });
  it("orders marks by time, whatever order they arrive in", () => {
    const samples = settleSamples([
      { kind: "view", id: "b", t: 700 },
      { kind: "active", id: "b", t: 200 },
    ]);
    expect(samples[0]!.settleMs).toBe(500);
  });
});
