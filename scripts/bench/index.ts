/**
 * `npm run bench`: builds the app (unless --no-build), serves a private copy of the build
 * with `next start`, and drives Chromium through each page of PAGES at every profile, N runs
 * each, interleaved with the page's no-JavaScript floor. Prints medians with PASS/FAIL
 * against the issue's budgets and writes bench-results/latest.json. See README "Performance".
 */
import { chromium, type Browser } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumFlags } from "../../playwright.config";
import { PAGES, PORTS, PROFILES, STORY_FILE, USAGE, parseOptions, type Options } from "./config";
import { builtHtmlPath, makeFloor } from "./floor";
import { runFloorPage, runStoryPage, type FloorRun, type PageRun } from "./measure";
import { runBuild, snapshotBuild, startFloorServer, startNext, type Running } from "./server";
import { summarize, type ProfileSummary, type RunPair } from "./summary";
import { checkBudgets, type Check } from "./budgets";
import { failures, fmt, renderMarkdown, renderTable } from "./table";
import { readTransitions } from "./story";
import { chunkLabel, describeFrame, slowestFrames } from "./attribution";

const CHROMIUM = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function gitCommit(): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim();
    return dirty ? `${head} (+ uncommitted changes)` : head;
  } catch {
    return null;
  }
}

interface PageResult {
  page: string;
  profile: string;
  runs: { page: PageRun; floor: FloorRun }[];
}

/** What each built chunk holds (a guess from its code), by path as the browser requests it. */
function labelChunks(buildDir: string): Map<string, string> {
  const dir = path.join(buildDir, "static", "chunks");
  const labels = new Map<string, string>();
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!file.endsWith(".js")) continue;
    const label = chunkLabel(file, fs.readFileSync(path.join(dir, file), "utf8"));
    if (label) labels.set(`chunks/${file}`, label);
  }
  return labels;
}

/** Breakdowns for the first run of a page at a profile: what was transferred, what ran. */
function breakdown(result: PageResult, labels: ReadonlyMap<string, string>): string {
  const run = result.runs[0];
  if (!run) return "";
  const label = (source: string) => {
    const known = labels.get(source.replace(/^\/_next\/static\//, "").split("?")[0]!);
    return known ? `  (${known})` : "";
  };
  const lines: string[] = [`\n${result.page} at ${result.profile}, run 1: first-load transfer by resource`];
  for (const r of run.page.load.network.resources) {
    lines.push(`  ${fmt.kb(r.bytes).padStart(10)}  ${r.type.padEnd(10)} ${(r.encoding ?? "identity").padEnd(8)} ${r.path}${label(r.path)}`);
  }
  const sections = [
    ["load", run.page.load.mainThread, run.page.load.raw.loafs],
    ["reading scroll", run.page.reading.mainThread, run.page.reading.raw.loafs],
    ["flick scroll", run.page.flick.mainThread, run.page.flick.raw.loafs],
  ] as const;
  for (const [name, t, loafs] of sections) {
    lines.push(
      `\n${result.page} at ${result.profile}, run 1, ${name}: ${t.frames} long animation frames, ${fmt.ms(t.totalMs)} ` +
        `(scripts ${fmt.ms(t.scriptMs)}, of which forced layout ${fmt.ms(t.forcedLayoutMs)}; style/layout/paint ${fmt.ms(t.renderMs)})`,
    );
    for (const s of t.byScript.slice(0, 6)) {
      lines.push(`  ${fmt.ms(s.ms).padStart(8)}  longest ${fmt.ms(s.longest).padStart(7)}  ×${String(s.runs).padEnd(4)} ${s.source}${label(s.source)}`);
    }
    for (const f of slowestFrames(loafs, 3)) lines.push(`  slow frame at ${fmt.ms(f.start)}: ${fmt.ms(f.duration)}, ${describeFrame(f)}`);
  }
  return lines.join("\n");
}

async function measureAll(options: Options, browser: Browser, appUrl: string, floorUrl: string, transitions: ReadonlyMap<string, number>) {
  const pages = PAGES.filter((p) => options.pages.includes(p.name));
  const profiles = PROFILES.filter((p) => options.profiles.includes(p.name));
  const results: PageResult[] = [];
  // One unmeasured visit, so the server's first-request costs land on no measured run.
  for (const page of pages) await runFloorPage(browser, PROFILES[0]!, floorUrl + page.route);
  for (const page of pages) await runFloorPage(browser, PROFILES[0]!, appUrl + page.route);
  for (const profile of profiles) {
    for (const page of pages) results.push({ page: page.name, profile: profile.name, runs: [] });
    for (let run = 0; run < options.runs; run++) {
      for (const page of pages) {
        const started = Date.now();
        const pageRun = await runStoryPage(browser, profile, appUrl + page.route, transitions);
        const floorRun = await runFloorPage(browser, profile, floorUrl + page.route);
        results.find((r) => r.page === page.name && r.profile === profile.name)!.runs.push({ page: pageRun, floor: floorRun });
        const l = pageRun.load;
        log(
          `${page.name} ${profile.name} run ${run + 1}/${options.runs}: LCP ${fmt.ms(l.lcp ?? NaN)} (floor ${fmt.ms(floorRun.load.lcp ?? NaN)}), ` +
            `TBT ${fmt.ms(l.tbt ?? NaN)}, ${fmt.kb(l.network.bytes)} in ${l.network.requests} requests, ` +
            `reading p95 ${fmt.ms1(pageRun.reading.frames.p95 ?? NaN)}, heap ${fmt.mb(pageRun.heap.afterOne.used)} ` +
            `(${fmt.signedKb(pageRun.heap.growth)}, ${fmt.signedKb(pageRun.heap.growthWithoutCode)} without code), ` +
            `${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
      }
    }
  }
  return results;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const began = Date.now();
  if (options.build) {
    log("building: npm run build");
    await runBuild();
  }
  const snapshot = snapshotBuild();
  // Removed in the finally below; this also covers Ctrl-C and crashes.
  process.on("exit", () => fs.rmSync(snapshot, { recursive: true, force: true }));
  const buildId = fs.readFileSync(path.join(snapshot, ".next", "BUILD_ID"), "utf8").trim();
  log(`measuring build ${buildId} (copied to ${snapshot}), ${options.runs} run(s) × ${options.profiles.join(", ")}`);
  const transitions = readTransitions(STORY_FILE);
  const chunkLabels = labelChunks(path.join(snapshot, ".next"));
  const floors = new Map(
    PAGES.filter((p) => options.pages.includes(p.name)).map((p) => [p.route, makeFloor(fs.readFileSync(builtHtmlPath(path.join(snapshot, ".next"), p.route), "utf8")).html]),
  );
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  const serverLog = path.join(path.dirname(options.out), "next-start.log");
  fs.writeFileSync(serverLog, "");

  let app: Running | undefined;
  let floor: Running | undefined;
  let browser: Browser | undefined;
  let results: PageResult[];
  try {
    app = await startNext(snapshot, PORTS.app, serverLog);
    floor = await startFloorServer(PORTS.floor, floors, app.url);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumFlags });
    results = await measureAll(options, browser, app.url, floor.url, transitions);
  } finally {
    await browser?.close().catch(() => {});
    await floor?.stop().catch(() => {});
    await app?.stop().catch(() => {});
    fs.rmSync(snapshot, { recursive: true, force: true });
  }

  const summaries: ProfileSummary[] = [];
  const checks: Check[] = [];
  for (const result of results) {
    const summary = summarize(result.page, result.profile, result.runs as RunPair[], transitions);
    summaries.push(summary);
    checks.push(...checkBudgets(summary, PROFILES.find((p) => p.name === result.profile)!));
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${browser?.version() ?? "Chromium"} headless, no GPU`;
  for (const page of [...new Set(summaries.map((s) => s.page))]) {
    const mine = summaries.filter((s) => s.page === page);
    const route = PAGES.find((p) => p.name === page)!.route;
    console.log(`\n${page} (${route}) — medians of ${options.runs} run(s); ${machine}\n`);
    console.log(renderTable(mine, checks.filter((c) => c.page === page)));
  }
  for (const result of results.filter((r) => r.profile === options.profiles.at(-1))) console.log(breakdown(result, chunkLabels));

  const failed = failures(checks);
  const incomplete = summaries.flatMap((s) => s.incomplete.map((m) => `${s.page} ${s.profile} ${m}`));
  const problems = [...new Set(summaries.flatMap((s) => s.problems))];
  console.log(`\nbudgets: ${checks.filter((c) => c.pass).length} pass, ${failed.length} fail`);
  failed.forEach((f) => console.log(`  ${f}`));
  if (problems.length) console.log(`\npage problems seen:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  if (incomplete.length) console.log(`\nINCOMPLETE measurements:\n${incomplete.map((m) => `  ${m}`).join("\n")}`);

  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    buildId,
    machine,
    node: process.version,
    options,
    durationS: Math.round((Date.now() - began) / 1000),
    summaries,
    budgets: checks,
    // One table per page, as printed.
    markdown: [...new Set(summaries.map((s) => s.page))]
      .map((page) => `**${page}**\n\n${renderMarkdown(summaries.filter((s) => s.page === page), checks)}`)
      .join("\n\n"),
    incomplete,
    problems,
    runs: results,
  };
  fs.writeFileSync(options.out, JSON.stringify(report, (_, v) => (v === Infinity ? "Infinity" : v), 1));
  log(`wrote ${options.out} in ${report.durationS} s`);
  // Budgets are reported, never enforced; the command fails only if it could not measure.
  return incomplete.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
