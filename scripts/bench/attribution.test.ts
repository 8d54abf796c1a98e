import { describe, expect, it } from "vitest";
import { frameTime } from "./attribution";

const script = (url: string, duration: number, forcedLayout = 0) => ({ url, fn: "", invoker: "", type: "classic-script", duration, forcedLayout });

describe("frameTime", () => {
  const loafs = [
    { start: 100, duration: 300, blocking: 200, render: 40, scripts: [script("http://h/_next/static/chunks/react.js", 200), script("", 30)] },
    { start: 900, duration: 80, blocking: 20, render: 10, scripts: [script("http://h/_next/static/chunks/react.js", 50, 12)] },
    { start: 5000, duration: 60, blocking: 5, render: 5, scripts: [script("http://h/_next/static/chunks/leaflet.js", 45)] },
  ];
  it("sums script time by chunk, largest first, with the longest run and the count", () => {
    const t = frameTime(loafs);
    expect(t.byScript).toEqual([
      { source: "chunks/react.js", ms: 250, longest: 200, runs: 2 },
      { source: "chunks/leaflet.js", ms: 45, longest: 45, runs: 1 },
      { source: "(inline / unattributed)", ms: 30, longest: 30, runs: 1 },
    ]);
    expect(t).toMatchObject({ frames: 3, totalMs: 440, renderMs: 55, scriptMs: 325, forcedLayoutMs: 12 });
  });
  it("keeps only frames that started in the window", () => {
    const t = frameTime(loafs, 0, 1000);
    expect(t.frames).toBe(2);
    expect(t.byScript.map((s) => s.source)).not.toContain("chunks/leaflet.js");
  });
});
