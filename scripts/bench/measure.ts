/**
 * One measured visit: a fresh browser context for a profile, the page's load, then wheel
 * scrolls through the story at reading pace and in flicks, and the heap after GC.
 * Everything the page reports is read from window.__bench (see inpage.ts).
 */
import type { Browser, BrowserContext, CDPSession, Page } from "@playwright/test";
import { LOAD, SCROLL, type Profile } from "./config";
import { INIT_SCRIPT, type InPage } from "./inpage";
import { NetworkRecorder, summarizeRequests, type NetworkSummary } from "./network";
import {
  cumulativeLayoutShift,
  frameDurations,
  frameStats,
  settleSamples,
  summarizeTasks,
  totalBlockingTime,
  type FrameStats,
  type SettleSample,
  type TaskSummary,
} from "./stats";
import { frameTime, type FrameTime } from "./attribution";
import { heapAfterGc, heapGrowth, type HeapGrowth } from "./heap";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PageData extends InPage {
  fcp: number | null;
  now: number;
}
interface ScrollState {
  active: string | null;
  view: string | null;
  y: number;
  max: number;
  t: number;
}
interface Point {
  x: number;
  y: number;
  over: string;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  net: NetworkRecorder;
  /** Console errors, page errors and failed requests seen during the visit. */
  problems: string[];
}

/** A fresh context (empty cache) for the profile, instrumented, with the CPU throttle set. */
export async function openSession(browser: Browser, profile: Profile): Promise<Session> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
  });
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  const net = new NetworkRecorder(cdp);
  await cdp.send("Network.enable");
  if (profile.cpuThrottle !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuThrottle });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${r.url()}`);
  });
  return { context, page, cdp, net, problems };
}

const data = (page: Page) => page.evaluate("window.__bench.data()") as Promise<PageData>;
const state = (page: Page) => page.evaluate("window.__bench.state()") as Promise<ScrollState>;
const textPoint = (page: Page) => page.evaluate("window.__bench.textPoint()") as Promise<Point>;

export interface LoadMetrics {
  /** False if the load did not settle (network quiet, map up) within the time limit. */
  settled: boolean;
  /** When the bench took the load as settled, ms after navigation start (includes the quiet wait). */
  settledAt: number;
  network: NetworkSummary;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  cls: number;
  shiftSources: string[];
  tbt: number | null;
  longTasks: TaskSummary;
  /** When the map first reported the first chapter's view (null for the floor). */
  mapReady: number | null;
  mainThread: FrameTime;
  /** The raw long tasks and long animation frames up to the settled load, for digging. */
  raw: { longTasks: InPage["longTasks"]; loafs: InPage["loafs"] };
}

/**
 * Loads `url` and waits until the load has settled: the load event, the network quiet
 * for LOAD.quietMs, and (for the story) the map showing the first chapter.
 */
export async function measureLoad(session: Session, url: string, withMap: boolean): Promise<LoadMetrics> {
  const { page, net } = session;
  await page.goto(url, { waitUntil: "load", timeout: LOAD.timeoutMs });
  const deadline = Date.now() + LOAD.timeoutMs;
  let first: string | null = null;
  let settled = false;
  while (Date.now() < deadline) {
    const s = await state(page);
    first ??= s.active;
    if ((!withMap || (s.view !== null && s.view === first)) && net.isQuiet(LOAD.quietMs)) {
      settled = true;
      break;
    }
    await sleep(100);
  }
  const d = await data(page);
  const lcpEntry = d.lcp.filter((e) => e.start <= d.now).at(-1);
  const shifts = d.shifts.filter((s) => s.start <= d.now);
  const mapMark = d.marks.find((m) => m.kind === "view" && m.id !== null && m.id === first);
  return {
    settled,
    settledAt: d.now,
    network: summarizeRequests(net.list(), new URL(url).origin),
    fcp: d.fcp,
    lcp: lcpEntry?.start ?? null,
    lcpElement: lcpEntry?.element ?? null,
    cls: cumulativeLayoutShift(shifts),
    shiftSources: [...new Set(shifts.flatMap((s) => s.sources))],
    tbt: d.fcp === null ? null : totalBlockingTime(d.longTasks, d.fcp, d.now),
    longTasks: summarizeTasks(d.longTasks, 0, d.now),
    mapReady: withMap ? (mapMark?.t ?? null) : null,
    mainThread: frameTime(d.loafs, 0, d.now),
    raw: { longTasks: d.longTasks.filter((t) => t.start <= d.now), loafs: d.loafs.filter((l) => l.start <= d.now) },
  };
}

async function waitForView(page: Page, id: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await state(page)).view === id) return true;
    await sleep(50);
  }
  return false;
}

interface PassResult {
  /** Chapters that became active during the pass, in order. */
  visited: string[];
  reachedEnd: boolean;
  /** The map settled on the chapter active at the end. */
  settledAtEnd: boolean;
}

/**
 * Wheel steps over the text column until the page's end (direction 1) or top (-1).
 * At reading pace it stops on each newly active chapter until its map settles, then reads.
 */
export async function wheelPass(
  page: Page,
  pace: "reading" | "flick",
  direction: 1 | -1,
  transitionOf: (id: string) => number,
): Promise<PassResult> {
  const { stepPx, intervalMs } = SCROLL[pace];
  const checkEvery = pace === "reading" ? 1 : 5;
  const deadline = Date.now() + 240_000;
  const atEnd = (s: ScrollState) => (direction > 0 ? s.y >= s.max - 1 : s.y <= 0);
  let s = await state(page);
  let last = s.active;
  const visited: string[] = [];
  let point = await textPoint(page);
  await page.mouse.move(point.x, point.y);
  let steps = 0;
  let still = 0;
  while (!atEnd(s) && Date.now() < deadline) {
    await page.mouse.wheel(0, direction * stepPx);
    steps++;
    await sleep(intervalMs);
    if (steps % checkEvery !== 0) continue;
    const before = s.y;
    s = await state(page);
    // A busy page may not move for a while; give up only after a few seconds of no motion.
    still = s.y === before ? still + 1 : 0;
    if (still * checkEvery * intervalMs > 4000) break;
    if (s.active && s.active !== last) {
      last = s.active;
      visited.push(s.active);
      if (pace === "reading") {
        await waitForView(page, s.active, transitionOf(s.active) + SCROLL.settleGraceMs);
        await sleep(SCROLL.reading.dwellMs);
        s = await state(page);
      }
    }
    if (steps % 10 === 0) {
      const next = await textPoint(page);
      if (next.x !== point.x || next.y !== point.y) await page.mouse.move(next.x, next.y);
      point = next;
    }
  }
  // Scrolling may still be easing out: let it finish, then wait for the map to catch up.
  await sleep(300);
  s = await state(page);
  if (s.active && s.active !== last) visited.push(s.active);
  const settledAtEnd = s.active ? await waitForView(page, s.active, transitionOf(s.active) + SCROLL.settleGraceMs) : false;
  return { visited, reachedEnd: atEnd(await state(page)), settledAtEnd };
}

export interface ScrollPhase {
  durationMs: number;
  frames: FrameStats;
  longTasks: TaskSummary;
  settle: SettleSample[];
  passes: PassResult[];
  mainThread: FrameTime;
  /** The long animation frames of the phase, for digging. */
  raw: { loafs: InPage["loafs"] };
}

/** Runs the given passes while recording frames, long tasks and the map's settling. */
async function measurePhase(page: Page, passes: () => Promise<PassResult[]>): Promise<ScrollPhase> {
  const from = (await page.evaluate("window.__bench.startFrames()")) as number;
  const results = await passes();
  const stamps = (await page.evaluate("window.__bench.stopFrames()")) as number[];
  const d = await data(page);
  return {
    durationMs: d.now - from,
    frames: frameStats(frameDurations(stamps)),
    longTasks: summarizeTasks(d.longTasks, from, d.now),
    settle: settleSamples(d.marks.filter((m) => m.t >= from && m.t <= d.now)),
    passes: results,
    mainThread: frameTime(d.loafs, from, d.now),
    raw: { loafs: d.loafs.filter((l) => l.start >= from && l.start <= d.now) },
  };
}

export interface PageRun {
  load: LoadMetrics;
  reading: ScrollPhase;
  flick: ScrollPhase;
  heap: HeapGrowth;
  chapters: string[];
  problems: string[];
}

/**
 * The story page: load; one full scroll down and up at reading pace; the heap after GC;
 * two more full scrolls as flicks (the first measured); the heap after GC again.
 */
export async function runStoryPage(browser: Browser, profile: Profile, url: string, transitions: ReadonlyMap<string, number>): Promise<PageRun> {
  const session = await openSession(browser, profile);
  try {
    const { page, cdp } = session;
    const load = await measureLoad(session, url, true);
    const chapters = (await page.evaluate(`[...document.querySelectorAll("[data-chapter]")].map((e) => e.id)`)) as string[];
    const transitionOf = (id: string) => transitions.get(id) ?? 2000;
    const reading = await measurePhase(page, async () => [
      await wheelPass(page, "reading", 1, transitionOf),
      await wheelPass(page, "reading", -1, transitionOf),
    ]);
    // The phase's records have been read: drop them so that only the page's own heap is measured.
    await page.evaluate("window.__bench.reset()");
    const afterOne = await heapAfterGc(cdp);
    const flick = await measurePhase(page, async () => [
      await wheelPass(page, "flick", 1, transitionOf),
      await wheelPass(page, "flick", -1, transitionOf),
    ]);
    await wheelPass(page, "flick", 1, transitionOf);
    await wheelPass(page, "flick", -1, transitionOf);
    await page.evaluate("window.__bench.reset()");
    const afterThree = await heapAfterGc(cdp);
    return { load, reading, flick, heap: heapGrowth(afterOne, afterThree), chapters, problems: session.problems };
  } finally {
    await session.context.close();
  }
}

export interface FloorRun {
  load: LoadMetrics;
  problems: string[];
}

/** The floor page: load only. */
export async function runFloorPage(browser: Browser, profile: Profile, url: string): Promise<FloorRun> {
  const session = await openSession(browser, profile);
  try {
    return { load: await measureLoad(session, url, false), problems: session.problems };
  } finally {
    await session.context.close();
  }
}
