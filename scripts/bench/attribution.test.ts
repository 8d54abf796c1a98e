import { describe, expect, it } from "vitest";
import { chunkLabel, describeFrame, frameTime, slowestFrames } from "./attribution";

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

describe("chunkLabel", () => {
  it("names chunks by what only their code contains", () => {
    expect(chunkLabel("1qf.js", 'n.className="leaflet-pane"')).toMatch(/^Leaflet/);
    expect(chunkLabel("1ry.js", 'var k="__reactContainer$"+r')).toMatch(/^React DOM/);
    expect(chunkLabel("38n.js", 'x="NEXT_ROUTER_STATE_TREE"')).toMatch(/app router/);
    expect(chunkLabel("3_n.js", 'className:"scrolly"')).toMatch(/ScrollStory/);
    expect(chunkLabel("turbopack-2u1d.js", "")).toBe("Turbopack runtime");
  });
  it("prefers the most specific signature and admits when it does not know", () => {
    expect(chunkLabel("x.js", 'Symbol.for("react.transitional.element");"leaflet-pane"')).toMatch(/^Leaflet/);
    expect(chunkLabel("x.js", "console.log(1)")).toBeNull();
  });
});

describe("slowestFrames", () => {
  it("lists the longest frames first with the script that ran longest in each", () => {
    const loafs = [
      { start: 10, duration: 60, blocking: 0, render: 5, scripts: [] },
      {
        start: 500,
        duration: 310,
        blocking: 260,
        render: 20,
        scripts: [
          { ...script("http://h/_next/static/chunks/map.js", 280), invoker: "FrameRequestCallback", fn: "_onZoomTransitionEnd" },
          script("http://h/_next/static/chunks/react.js", 20),
        ],
      },
    ];
    expect(slowestFrames(loafs, 5)).toEqual([
      {
        start: 500,
        duration: 310,
        script: { source: "chunks/map.js", invoker: "FrameRequestCallback", type: "classic-script", fn: "_onZoomTransitionEnd", duration: 280 },
      },
      { start: 10, duration: 60, script: null },
    ]);
    expect(slowestFrames(loafs, 1, 0, 100)).toHaveLength(1);
  });
});

describe("describeFrame", () => {
  const frame = (type: string, invoker: string) => ({
    start: 0,
    duration: 300,
    script: { source: "chunks/a.js", invoker, type, fn: "", duration: 240.4 },
  });
  it("says a chunk was being evaluated, or which callback ran", () => {
    expect(describeFrame(frame("classic-script", "http://h/_next/static/chunks/a.js"))).toBe("240 ms evaluating chunks/a.js");
    expect(describeFrame(frame("user-callback", "MessagePort.onmessage"))).toBe("240 ms MessagePort.onmessage (chunks/a.js)");
  });
  it("puts a frame without a long script down to rendering", () => {
    expect(describeFrame({ start: 0, duration: 90, script: null })).toMatch(/style, layout, paint/);
  });
});
