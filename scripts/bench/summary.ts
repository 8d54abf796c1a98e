/** Medians over the runs of one page at one profile, and what made a run incomplete. Pure. */
import type { FloorRun, PageRun, ScrollPhase } from "./measure";
import { median } from "./stats";

export interface PhaseSummary {
  durationMs: number | null;
  frames: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  over16: number | null;
  over33: number | null;
  longTasks: number | null;
  longest: number | null;
  over100: number | null;
  /** The worst long task of any run. */
  worst: number;
}

export interface ChapterSettle {
  id: string;
  transitionMs: number | null;
  /** Median time from the chapter becoming active to the map settled on it (reading pace). */
  medianMs: number | null;
  maxMs: number | null;
  samples: number;
  /** Activations at reading pace after which the map did not settle on the chapter (in the time the scroll waited). */
  unsettled: number;
}

export interface ProfileSummary {
  page: string;
  profile: string;
  runs: number;
  load: {
    bytes: number | null;
    jsBytes: number | null;
    requests: number | null;
    foreignRequests: number | null;
    fcp: number | null;
    lcp: number | null;
    floorLcp: number | null;
    /** Median of each run's page LCP / floor LCP (the two loads are interleaved). */
    lcpRatio: number | null;
    cls: number | null;
    tbt: number | null;
    mapReady: number | null;
    floorBytes: number | null;
    floorRequests: number | null;
  };
  reading: PhaseSummary;
  flick: PhaseSummary;
  settle: ChapterSettle[];
  heap: {
    afterOne: number | null;
    afterThree: number | null;
    growth: number | null;
    growthWithoutCode: number | null;
    nodesGrowth: number | null;
    listenersGrowth: number | null;
  };
  /** What went wrong in a measurement (a figure may be missing or meaningless). */
  incomplete: string[];
  /** Console errors, page errors, failed requests (deduplicated). */
  problems: string[];
}

export interface RunPair {
  page: PageRun;
  floor: FloorRun;
}

function phase(phases: ScrollPhase[]): PhaseSummary {
  const m = (f: (p: ScrollPhase) => number | null) => median(phases.map(f));
  return {
    durationMs: m((p) => p.durationMs),
    frames: m((p) => p.frames.frames),
    p50: m((p) => p.frames.p50),
    p95: m((p) => p.frames.p95),
    p99: m((p) => p.frames.p99),
    over16: m((p) => p.frames.over16),
    over33: m((p) => p.frames.over33),
    longTasks: m((p) => p.longTasks.count),
    longest: m((p) => p.longTasks.longest),
    over100: m((p) => p.longTasks.over100),
    worst: phases.reduce((max, p) => Math.max(max, p.longTasks.longest), 0),
  };
}

/** What a run failed to do that the figures rely on. */
export function incompleteness(run: RunPair, index: number): string[] {
  const out: string[] = [];
  const at = `run ${index + 1}`;
  if (!run.page.load.settled) out.push(`${at}: the page's load did not settle (network quiet and map on the first chapter)`);
  if (!run.floor.load.settled) out.push(`${at}: the floor's load did not settle`);
  const visited = new Set([run.page.chapters[0], ...run.page.reading.passes.flatMap((p) => p.visited)]);
  const missed = run.page.chapters.filter((id) => !visited.has(id));
  if (missed.length) out.push(`${at}: the reading scroll never made ${missed.join(", ")} active`);
  for (const [name, phase] of [["reading", run.page.reading], ["flick", run.page.flick]] as const) {
    phase.passes.forEach((pass, i) => {
      const way = i % 2 === 0 ? "down" : "up";
      if (!pass.reachedEnd) out.push(`${at}: the ${name} scroll ${way} stopped before the ${i % 2 === 0 ? "end" : "top"}`);
      if (!pass.settledAtEnd) out.push(`${at}: after the ${name} scroll ${way} the map did not settle`);
    });
  }
  return out;
}

export function summarize(
  page: string,
  profile: string,
  runs: readonly RunPair[],
  transitions: ReadonlyMap<string, number>,
): ProfileSummary {
  const pageLoads = runs.map((r) => r.page.load);
  const floorLoads = runs.map((r) => r.floor.load);
  const m = <T>(items: readonly T[], f: (x: T) => number | null) => median(items.map(f));
  const chapters = runs[0]?.page.chapters ?? [];
  const samples = runs.flatMap((r) => r.page.reading.settle);
  const settle: ChapterSettle[] = chapters.map((id) => {
    // At reading pace the scroll waits for the map, so an interrupted visit also failed to settle in time.
    const mine = samples.filter((s) => s.id === id);
    const times = mine.map((s) => s.settleMs).filter((t): t is number => t !== null);
    return {
      id,
      transitionMs: transitions.get(id) ?? null,
      medianMs: median(times),
      maxMs: times.length ? Math.max(...times) : null,
      samples: times.length,
      unsettled: mine.length - times.length,
    };
  });
  return {
    page,
    profile,
    runs: runs.length,
    load: {
      bytes: m(pageLoads, (l) => l.network.bytes),
      jsBytes: m(pageLoads, (l) => l.network.jsBytes),
      requests: m(pageLoads, (l) => l.network.requests),
      foreignRequests: m(pageLoads, (l) => l.network.foreign.length),
      fcp: m(pageLoads, (l) => l.fcp),
      lcp: m(pageLoads, (l) => l.lcp),
      floorLcp: m(floorLoads, (l) => l.lcp),
      lcpRatio: m(runs, (r) => (r.page.load.lcp !== null && r.floor.load.lcp ? r.page.load.lcp / r.floor.load.lcp : null)),
      cls: m(pageLoads, (l) => l.cls),
      tbt: m(pageLoads, (l) => l.tbt),
      mapReady: m(pageLoads, (l) => l.mapReady),
      floorBytes: m(floorLoads, (l) => l.network.bytes),
      floorRequests: m(floorLoads, (l) => l.network.requests),
    },
    reading: phase(runs.map((r) => r.page.reading)),
    flick: phase(runs.map((r) => r.page.flick)),
    settle,
    heap: {
      afterOne: m(runs, (r) => r.page.heap.afterOne.used),
      afterThree: m(runs, (r) => r.page.heap.afterThree.used),
      growth: m(runs, (r) => r.page.heap.growth),
      growthWithoutCode: m(runs, (r) => r.page.heap.growthWithoutCode),
      nodesGrowth: m(runs, (r) => r.page.heap.nodesGrowth),
      listenersGrowth: m(runs, (r) => r.page.heap.listenersGrowth),
    },
    incomplete: runs.flatMap(incompleteness),
    problems: [...new Set(runs.flatMap((r) => [...r.page.problems, ...r.floor.problems]))],
  };
}
