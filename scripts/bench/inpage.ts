/**
 * What runs inside the page, installed before any of the page's own scripts. Kept as
 * plain JavaScript source: functions compiled by tsx would carry helpers the page lacks.
 *
 * window.__bench gathers, from the very start: LCP candidates, layout shifts, long tasks,
 * long animation frames (with the scripts that ran in them), and every change of the
 * story's active chapter and of the map's settled view. startFrames()/stopFrames() record
 * requestAnimationFrame timestamps over a stretch of time.
 */
export const INIT_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const describe = (el) => {
    if (!el || !el.tagName) return null;
    const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
    return (el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + cls).slice(0, 120);
  };
  const b = (window.__bench = { lcp: [], shifts: [], longTasks: [], loafs: [], marks: [], unsupported: [] });
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch (error) {
      b.unsupported.push(type);
    }
  };
  observe("largest-contentful-paint", (e) =>
    b.lcp.push({ start: e.startTime, size: e.size, element: describe(e.element), url: e.url || null }),
  );
  observe("layout-shift", (e) =>
    b.shifts.push({
      start: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      sources: (e.sources || []).map((s) => describe(s.node)).filter(Boolean),
    }),
  );
  observe("longtask", (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe("long-animation-frame", (e) =>
    b.loafs.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      scripts: (e.scripts || []).map((s) => ({
        url: s.sourceURL || "",
        fn: s.sourceFunctionName || "",
        invoker: s.invoker || "",
        type: s.invokerType || "",
        duration: s.duration,
        forcedLayout: s.forcedStyleAndLayoutDuration || 0,
      })),
    }),
  );
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      b.marks.push({ kind: r.attributeName === "data-map-view" ? "view" : "active", id: r.target.getAttribute(r.attributeName), t });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-active-chapter", "data-map-view"] });

  b.data = () => ({
    lcp: b.lcp,
    shifts: b.shifts,
    longTasks: b.longTasks,
    loafs: b.loafs,
    marks: b.marks,
    unsupported: b.unsupported,
    fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime ?? null,
    now: performance.now(),
  });
  /** Drops what has been gathered (already read back), so the bench's records stay out of heap figures. */
  b.reset = () => {
    b.lcp = [];
    b.shifts = [];
    b.longTasks = [];
    b.loafs = [];
    b.marks = [];
  };
  b.state = () => {
    const scrolly = document.querySelector(".scrolly");
    const map = document.querySelector(".story-map__leaflet");
    const root = document.scrollingElement || document.documentElement;
    return {
      active: scrolly ? scrolly.getAttribute("data-active-chapter") : null,
      view: map ? map.getAttribute("data-map-view") : null,
      y: root.scrollTop,
      max: root.scrollHeight - innerHeight,
      t: performance.now(),
    };
  };
  /** A point over the text column (not over the map), for the wheel; the article if none is on screen. */
  b.textPoint = () => {
    const steps = document.querySelector(".scrolly__steps");
    const map = document.querySelector(".scrolly__map");
    const inside = (el, sel) => !!(el && el.closest(sel));
    const w = innerWidth;
    const h = innerHeight;
    const r = steps ? steps.getBoundingClientRect() : { left: 0, width: w };
    const x = Math.round(Math.min(Math.max(r.left + Math.min(r.width / 2, 160), 1), w - 2));
    let fallback = null;
    for (let f = 0.85; f >= 0.1; f -= 0.05) {
      const y = Math.round(h * f);
      const el = document.elementFromPoint(x, y);
      if (inside(el, ".scrolly__steps")) return { x, y, over: "text" };
      if (!fallback && el && !inside(el, ".scrolly__map") && !(map && map.contains(el))) fallback = { x, y, over: "page" };
    }
    return fallback || { x, y: Math.round(h / 2), over: "map" };
  };

  let frames = null;
  b.startFrames = () => {
    const stamps = [];
    frames = stamps;
    const tick = (t) => {
      if (frames !== stamps) return;
      stamps.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  };
  b.stopFrames = () => {
    const stamps = frames || [];
    frames = null;
    return stamps;
  };
})();`;

/** The shape of window.__bench as read back by the bench. */
export interface InPage {
  lcp: { start: number; size: number; element: string | null; url: string | null }[];
  shifts: { start: number; value: number; hadRecentInput: boolean; sources: string[] }[];
  longTasks: { start: number; duration: number }[];
  loafs: {
    start: number;
    duration: number;
    blocking: number;
    render: number;
    scripts: { url: string; fn: string; invoker: string; type: string; duration: number; forcedLayout: number }[];
  }[];
  marks: { kind: "active" | "view"; id: string | null; t: number }[];
  unsupported: string[];
}
