/** Pure arithmetic over the raw measurements: medians, percentiles, frame, blocking and shift figures. */

const finite = (values: readonly (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));

/** The median of the finite values; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest value with at
 * least p % of the values at or below it. Always one of the values; null when empty.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0–100`);
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const FRAME_MS = 1000 / 60;
/**
 * A frame "over 16.7 ms" missed at least one 60 Hz vsync. rAF timestamps are vsync-aligned
 * but carry a little jitter, so a frame counts as over a threshold only past this slack.
 */
const JITTER_MS = 1;

export interface FrameStats {
  frames: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Share (0–1) of frames longer than one 60 Hz frame (16.7 ms). */
  over16: number | null;
  /** Share (0–1) of frames longer than two (33.3 ms). */
  over33: number | null;
}

/** Frame durations from successive requestAnimationFrame timestamps (ms). */
export function frameDurations(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i]! - timestamps[i - 1]!);
  return out;
}

export function frameStats(durations: readonly number[]): FrameStats {
  const n = durations.length;
  const share = (limit: number) => (n ? durations.filter((d) => d > limit + JITTER_MS).length / n : null);
  return {
    frames: n,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    over16: share(FRAME_MS),
    over33: share(2 * FRAME_MS),
  };
}

export interface TimedEntry {
  /** Start, ms on the page's clock. */
  start: number;
  duration: number;
}

/**
 * Total blocking time: for every long task, the part beyond 50 ms, counting only what
 * falls between `from` (FCP) and `to` (the load settled), as Lighthouse clips at FCP.
 */
export function totalBlockingTime(tasks: readonly TimedEntry[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.start, from);
    const end = Math.min(task.start + task.duration, to);
    // A task's first 50 ms are its own; the rest blocks. Clipping shortens the task first.
    const blocking = end - start - 50;
    if (blocking > 0) total += blocking;
  }
  return total;
}

export interface TaskSummary {
  count: number;
  /** Tasks longer than 100 ms. */
  over100: number;
  longest: number;
  /** Time beyond 50 ms, summed. */
  blocking: number;
}

/** Long tasks (≥ 50 ms) that started in [from, to]. */
export function summarizeTasks(tasks: readonly TimedEntry[], from = -Infinity, to = Infinity): TaskSummary {
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    count: inside.length,
    over100: inside.filter((t) => t.duration > 100).length,
    longest: inside.reduce((max, t) => Math.max(max, t.duration), 0),
    blocking: inside.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}

export interface Shift {
  start: number;
  value: number;
  hadRecentInput: boolean;
}

/**
 * Cumulative layout shift as Chrome reports it: the largest session window, where a
 * window gathers shifts less than 1 s apart and lasts at most 5 s. Shifts right after
 * input do not count.
 */
export function cumulativeLayoutShift(shifts: readonly Shift[]): number {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
    if (shift.hadRecentInput) continue;
    if (shift.start - last >= 1000 || shift.start - windowStart >= 5000) {
      current = 0;
      windowStart = shift.start;
    }
    current += shift.value;
    last = shift.start;
    best = Math.max(best, current);
  }
  return best;
}

/** An attribute change seen in the page: a chapter became active, or the map settled on one (or left it). */
export interface StoryMark {
  kind: "active" | "view";
  id: string | null;
  t: number;
}

export interface SettleSample {
  id: string;
  /** When the chapter became active, ms on the page's clock. */
  activeAt: number;
  /** Time to the map reporting that chapter's view; null if it never did. */
  settleMs: number | null;
  /** Another chapter became active before this one's map settled. */
  interrupted: boolean;
}

/**
 * For each time a chapter became active, how long until the map settled on it
 * (`data-map-view` = that chapter), unless another chapter took over first.
 */
export function settleSamples(marks: readonly StoryMark[]): SettleSample[] {
  const sorted = [...marks].sort((a, b) => a.t - b.t);
  const samples: SettleSample[] = [];
  sorted.forEach((mark, i) => {
    if (mark.kind !== "active" || mark.id === null) return;
    let settleMs: number | null = null;
    let interrupted = false;
    for (const next of sorted.slice(i + 1)) {
      if (next.kind === "active") {
        interrupted = next.id !== mark.id;
        if (interrupted) break;
        continue;
      }
      if (next.id === mark.id) {
        settleMs = next.t - mark.t;
        break;
      }
    }
    samples.push({ id: mark.id, activeAt: mark.t, settleMs, interrupted });
  });
  return samples;
}

export const KB = 1024;
export const MB = 1024 * 1024;
