/**
 * The servers the bench drives: `next start` over a private copy of the build (so another
 * build in the same tree cannot swap files under a run), and a tiny static server for the
 * floor pages that passes every other request through to the app.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Runs `npm run build` in the project, streaming its output; rejects if it fails. */
export function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Copies the build (without its cache) and what `next start` reads into a temp dir,
 * with node_modules linked. Returns the dir; `next start <dir>` serves it.
 */
export function snapshotBuild(projectDir = process.cwd()): string {
  const buildDir = path.join(projectDir, ".next");
  if (!fs.existsSync(path.join(buildDir, "BUILD_ID"))) {
    throw new Error(".next/BUILD_ID is missing: run `npm run build` (or the bench without --no-build)");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-app-"));
  fs.cpSync(buildDir, path.join(dir, ".next"), {
    recursive: true,
    filter: (source) => path.relative(buildDir, source).split(path.sep)[0] !== "cache",
  });
  for (const file of ["package.json", "next.config.ts", "next.config.js", "next.config.mjs"]) {
    if (fs.existsSync(path.join(projectDir, file))) fs.copyFileSync(path.join(projectDir, file), path.join(dir, file));
  }
  if (fs.existsSync(path.join(projectDir, "public"))) fs.cpSync(path.join(projectDir, "public"), path.join(dir, "public"), { recursive: true });
  fs.symlinkSync(path.join(projectDir, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** Fails early if something already listens on the port, rather than measuring it. */
export function assertPortFree(port: number, host = "127.0.0.1"): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use: stop whatever listens there (bench ports are 3400–3401)`)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000, alive?: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (alive && !alive()) throw new Error(`the server for ${url} exited before it answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** Kills a detached child's whole process group: TERM, then KILL if it lingers. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 5000));
  if ((await Promise.race([exited, timer])) === "late") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
}

/** Groups still running, killed on any way out of the process (normal end, error, Ctrl-C). */
const live = new Set<ChildProcess>();
function killAllNow() {
  for (const child of live) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
  live.clear();
}
process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}

/** `next start` in its own process group, serving `dir` on 127.0.0.1:port. */
export async function startNext(dir: string, port: number, logFile: string): Promise<Running> {
  await assertPortFree(port);
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [NEXT_BIN, "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  live.add(child);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await killGroup(child);
    live.delete(child);
    fs.closeSync(log);
  };
  try {
    await waitForHttp(`${url}/`, 60_000, () => child.exitCode === null && child.signalCode === null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (see ${logFile})`);
  }
  return { url, stop };
}

/**
 * Serves each floor page at its route, gzipped like the app's HTML, and passes every
 * other request (the CSS, the icon) through to the app, so both load the same files.
 */
export async function startFloorServer(port: number, floors: ReadonlyMap<string, string>, upstream: string): Promise<Running> {
  await assertPortFree(port);
  const target = new URL(upstream);
  const gzipped = new Map([...floors].map(([route, html]) => [route, zlib.gzipSync(html)]));
  // A fresh upstream connection per request: a reused keep-alive socket the app has
  // already timed out (after a long page run) would fail the request.
  const agent = new http.Agent({ keepAlive: false });
  const server = http.createServer((req, res) => {
    const route = (req.url ?? "/").split("?")[0]!;
    const html = floors.get(route);
    if (html !== undefined && req.method === "GET") {
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? gzipped.get(route)! : Buffer.from(html);
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": body.length,
        "cache-control": "no-store",
        ...(gzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
      });
      res.end(body);
      return;
    }
    const headers = { ...req.headers };
    delete headers.connection;
    delete headers["keep-alive"];
    const proxied = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...headers, host: target.host }, agent },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    proxied.on("error", (error) => {
      console.error(`floor server: ${req.url} could not be fetched from the app: ${error.message}`);
      res.writeHead(502);
      res.end();
    });
    req.pipe(proxied);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
