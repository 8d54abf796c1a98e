/** The printed report: one table per page, a column per profile, PASS/FAIL beside budgeted figures. Pure. */
import type { Check } from "./budgets";
import type { PhaseSummary, ProfileSummary } from "./summary";
import { KB, MB } from "./stats";

type Format = (n: number) => string;
export const fmt = {
  kb: (n: number) => `${(n / KB).toFixed(1)} KB`,
  mb: (n: number) => `${(n / MB).toFixed(2)} MB`,
  ms: (n: number) => `${Math.round(n)} ms`,
  ms1: (n: number) => `${n.toFixed(1)} ms`,
  count: (n: number) => String(Math.round(n * 10) / 10),
  ratio: (n: number) => `${n.toFixed(2)}×`,
  cls: (n: number) => n.toFixed(3),
  pct: (n: number) => `${(n * 100).toFixed(1)} %`,
  signedKb: (n: number) => `${n >= 0 ? "+" : "−"}${(Math.abs(n) / KB).toFixed(0)} KB`,
} satisfies Record<string, Format>;

export interface Row {
  /** Matches Check.row for budgeted figures. */
  key: string;
  label: string;
  value: (s: ProfileSummary) => number | null;
  format: Format;
  /** Extra text after the figure. */
  note?: (s: ProfileSummary) => string;
}

const phaseRows = (phase: "reading" | "flick", title: string): Row[] => {
  const v = (f: (p: PhaseSummary) => number | null) => (s: ProfileSummary) => f(s[phase]);
  return [
    { key: `${phase}.p50`, label: `${title}: frame p50`, value: v((p) => p.p50), format: fmt.ms1 },
    { key: `${phase}.p95`, label: `${title}: frame p95`, value: v((p) => p.p95), format: fmt.ms1 },
    { key: `${phase}.p99`, label: `${title}: frame p99`, value: v((p) => p.p99), format: fmt.ms1 },
    { key: `${phase}.over16`, label: `${title}: frames > 16.7 ms`, value: v((p) => p.over16), format: fmt.pct },
    { key: `${phase}.over33`, label: `${title}: frames > 33 ms`, value: v((p) => p.over33), format: fmt.pct },
    { key: `${phase}.longTasks`, label: `${title}: long tasks`, value: v((p) => p.longTasks), format: fmt.count },
    { key: `${phase}.longest`, label: `${title}: longest task`, value: v((p) => p.longest), format: fmt.ms },
  ];
};

/** The rows of the table, for the chapters the summaries report. */
export function rows(summaries: readonly ProfileSummary[]): Row[] {
  const chapters = summaries[0]?.settle ?? [];
  return [
    { key: "load.bytes", label: "load: transfer, total", value: (s) => s.load.bytes, format: fmt.kb },
    { key: "load.jsBytes", label: "load: transfer, JavaScript (gzip)", value: (s) => s.load.jsBytes, format: fmt.kb },
    { key: "load.requests", label: "load: requests", value: (s) => s.load.requests, format: fmt.count },
    { key: "load.foreignRequests", label: "load: requests to other hosts", value: (s) => s.load.foreignRequests, format: fmt.count },
    { key: "load.fcp", label: "load: FCP", value: (s) => s.load.fcp, format: fmt.ms },
    { key: "load.lcp", label: "load: LCP", value: (s) => s.load.lcp, format: fmt.ms },
    { key: "load.floorLcp", label: "load: LCP of the floor (no JS)", value: (s) => s.load.floorLcp, format: fmt.ms },
    { key: "load.lcpRatio", label: "load: LCP / floor LCP", value: (s) => s.load.lcpRatio, format: fmt.ratio },
    { key: "load.cls", label: "load: CLS", value: (s) => s.load.cls, format: fmt.cls },
    { key: "load.tbt", label: "load: total blocking time", value: (s) => s.load.tbt, format: fmt.ms },
    { key: "load.mapReady", label: "load: map on chapter 1", value: (s) => s.load.mapReady, format: fmt.ms },
    ...phaseRows("reading", "scroll, reading"),
    ...phaseRows("flick", "scroll, flick"),
    ...chapters.map(
      (c, i): Row => ({
        key: `settle.${c.id}`,
        label: `settle ${i + 1} ${c.id} (${c.transitionMs ?? "?"} ms)`,
        value: (s) => s.settle.find((x) => x.id === c.id)?.medianMs ?? null,
        format: fmt.ms,
        note: (s) => {
          const unsettled = s.settle.find((x) => x.id === c.id)?.unsettled ?? 0;
          return unsettled ? ` (${unsettled}× late)` : "";
        },
      }),
    ),
    { key: "heap.afterOne", label: "JS heap after GC, 1 scroll", value: (s) => s.heap.afterOne, format: fmt.mb },
    { key: "heap.afterThree", label: "JS heap after GC, 3 scrolls", value: (s) => s.heap.afterThree, format: fmt.mb },
    { key: "heap.growth", label: "JS heap growth, 1 → 3 scrolls", value: (s) => s.heap.growth, format: fmt.signedKb },
    { key: "heap.growthWithoutCode", label: "  … without compiled code", value: (s) => s.heap.growthWithoutCode, format: fmt.signedKb },
    { key: "heap.nodesGrowth", label: "DOM nodes growth, 1 → 3 scrolls", value: (s) => s.heap.nodesGrowth, format: fmt.count },
    { key: "heap.listenersGrowth", label: "event listeners growth, 1 → 3", value: (s) => s.heap.listenersGrowth, format: fmt.count },
  ];
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** A plain-text table: the figure and, where a budget applies, PASS or FAIL. */
export function renderTable(summaries: readonly ProfileSummary[], checks: readonly Check[]): string {
  const table = rows(summaries);
  const header = ["", "budget", ...summaries.map((s) => s.profile)];
  const body = table.map((row) => {
    const rule = checks.find((c) => c.row === row.key)?.rule ?? "";
    const cells = summaries.map((s) => {
      const value = row.value(s);
      const check = checks.find((c) => c.row === row.key && c.page === s.page && c.profile === s.profile);
      const text = value === null ? "—" : row.format(value) + (row.note?.(s) ?? "");
      const verdict = !check ? "" : check.pass === null ? " n/a" : check.pass ? " PASS" : " FAIL";
      return text + verdict;
    });
    return [row.label, rule, ...cells];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => pad(cell, widths[i]!, i >= 2)).join("  ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** The same figures as a Markdown table (for the README). */
export function renderMarkdown(summaries: readonly ProfileSummary[], checks: readonly Check[]): string {
  const table = rows(summaries);
  const out = [`| | budget | ${summaries.map((s) => s.profile).join(" | ")} |`, `| --- | --- |${summaries.map(() => " ---: |").join("")}`];
  for (const row of table) {
    const rule = checks.find((c) => c.row === row.key)?.rule ?? "";
    const cells = summaries.map((s) => {
      const value = row.value(s);
      const check = checks.find((c) => c.row === row.key && c.page === s.page && c.profile === s.profile);
      const text = value === null ? "—" : row.format(value) + (row.note?.(s) ?? "");
      return text + (!check || check.pass === null ? "" : check.pass ? " PASS" : " **FAIL**");
    });
    out.push(`| ${row.label} | ${rule} | ${cells.join(" | ")} |`);
  }
  return out.join("\n");
}

/** One line per failed budget, for the end of the report. */
export function failures(checks: readonly Check[]): string[] {
  return checks
    .filter((c) => c.pass === false)
    .map((c) => `FAIL ${c.page} ${c.profile} ${c.row}: ${c.value === null ? "—" : Number.isFinite(c.value) ? +c.value.toFixed(3) : c.value} (budget ${c.rule})`);
}
