/**
 * Where main-thread time went, from the page's long animation frames: which script file
 * (chunk) ran how long, and how much was style, layout and paint. Pure, for the report.
 */
import type { InPage } from "./inpage";

export interface ScriptTime {
  /** The chunk's path (or "(inline / unattributed)"). */
  source: string;
  ms: number;
  /** Longest single script run from this source. */
  longest: number;
  runs: number;
}

export interface FrameTime {
  /** Long animation frames (≥ 50 ms) in the window. */
  frames: number;
  /** Their total duration. */
  totalMs: number;
  /** Of which style, layout and paint (the render phase). */
  renderMs: number;
  /** Of which attributed to scripts. */
  scriptMs: number;
  /** Of which forced style and layout inside scripts. */
  forcedLayoutMs: number;
  byScript: ScriptTime[];
}

const shortSource = (url: string) => {
  if (!url) return "(inline / unattributed)";
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/_next\/static\/chunks\//, "chunks/");
  } catch {
    return url;
  }
};

/** Sums long animation frames that started in [from, to]. */
export function frameTime(loafs: InPage["loafs"], from = -Infinity, to = Infinity): FrameTime {
  const inside = loafs.filter((l) => l.start >= from && l.start <= to);
  const bySource = new Map<string, ScriptTime>();
  let scriptMs = 0;
  let forcedLayoutMs = 0;
  for (const loaf of inside) {
    for (const script of loaf.scripts) {
      const source = shortSource(script.url);
      const entry = bySource.get(source) ?? { source, ms: 0, longest: 0, runs: 0 };
      entry.ms += script.duration;
      entry.longest = Math.max(entry.longest, script.duration);
      entry.runs += 1;
      bySource.set(source, entry);
      scriptMs += script.duration;
      forcedLayoutMs += script.forcedLayout;
    }
  }
  return {
    frames: inside.length,
    totalMs: inside.reduce((s, l) => s + l.duration, 0),
    renderMs: inside.reduce((s, l) => s + l.render, 0),
    scriptMs,
    forcedLayoutMs,
    byScript: [...bySource.values()].sort((a, b) => b.ms - a.ms),
  };
}

/**
 * What a built chunk holds, guessed from strings only that code carries (chunk names are
 * content hashes). For reading the breakdown; null when nothing matches.
 */
const SIGNATURES: [RegExp, string][] = [
  [/leaflet-pane/, "Leaflet + react-leaflet + the story map (loaded after the text)"],
  [/__reactContainer\$/, "React DOM + Next.js client bootstrap"],
  [/NEXT_ROUTER|next-router/, "Next.js app router + React"],
  [/\bscrolly\b/, "the story page's client code (ScrollStory)"],
  [/useRouterBFCache/, "Next.js layout router"],
  [/BAILOUT_TO_CLIENT_SIDE_RENDERING/, "Next.js client runtime (next/dynamic, errors) + React"],
  [/react\.transitional\.element/, "React / Next.js runtime"],
];

export function chunkLabel(fileName: string, source: string): string | null {
  if (/^turbopack-/.test(fileName)) return "Turbopack runtime";
  return SIGNATURES.find(([pattern]) => pattern.test(source))?.[1] ?? null;
}

export interface SlowFrame {
  start: number;
  duration: number;
  /** The script that ran longest in it, if any was attributed. */
  script: { source: string; invoker: string; type: string; fn: string; duration: number } | null;
}

/** The longest animation frames in [from, to], longest first, with their main script. */
export function slowestFrames(loafs: InPage["loafs"], count: number, from = -Infinity, to = Infinity): SlowFrame[] {
  return loafs
    .filter((l) => l.start >= from && l.start <= to)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map((l) => {
      const top = [...l.scripts].sort((a, b) => b.duration - a.duration)[0];
      return {
        start: l.start,
        duration: l.duration,
        script: top ? { source: shortSource(top.url), invoker: top.invoker, type: top.type, fn: top.fn, duration: top.duration } : null,
      };
    });
}

/** A slow frame in words: what its main script was doing. */
export function describeFrame(frame: SlowFrame): string {
  const s = frame.script;
  if (!s) return "no script over 5 ms in it: style, layout, paint";
  // Evaluating the chunk that arrives last also runs the app's entry, and so hydration.
  const what = /-script$/.test(s.type) ? `evaluating ${s.source}` : `${s.invoker || s.fn || "a callback"} (${s.source})`;
  return `${Math.round(s.duration)} ms ${what}`;
}
