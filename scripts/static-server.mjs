#!/usr/bin/env node
/**
 * A plain static file server, as a static host or CDN would serve the exported site:
 *   node scripts/static-server.mjs <dir> <port> [--headers out/_headers] [--app-origin-param]
 * It resolves /embed to embed.html, answers 404.html for what is missing, and sends the
 * headers a Netlify/Cloudflare Pages `_headers` file gives (so the e2e suite checks the
 * file `npm run export` writes); like Cloudflare, it joins the values of a header that two
 * matching rules set, and it does not serve the `_headers` file itself. With --app-origin-param (the e2e fixture pages), `__APP_ORIGIN__` in an HTML page
 * becomes the page's `?app=` origin, so one fixture page can embed any story server.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [dir, port, ...flags] = process.argv.slice(2);
if (!dir || !port) throw new Error("usage: static-server.mjs <dir> <port> [--headers FILE] [--app-origin-param]");
const root = path.resolve(dir);
if (!fs.existsSync(root)) {
  console.error(`${dir}/ is missing: for the static export, run \`npm run build\` (it runs \`npm run export\` first)`);
  process.exit(1);
}
const headersFile = flags.includes("--headers") ? flags[flags.indexOf("--headers") + 1] : null;
const appOriginParam = flags.includes("--app-origin-param");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8", ".woff2": "font/woff2", ".ico": "image/x-icon" };

/** `_headers` rules: a path pattern (`*` matches anything) and its indented `Name: value` lines. */
function readHeaderRules(file) {
  const rules = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`), headers: [] });
    else rules.at(-1)?.headers.push(line.trim().split(/:\s*(.*)/s).slice(0, 2));
  }
  return rules;
}
const rules = headersFile ? readHeaderRules(headersFile) : [];

function resolveFile(pathname) {
  if (path.basename(pathname) === "_headers") return null;
  const candidates = [pathname, `${pathname}.html`, path.join(pathname, "index.html")];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = "/";
    }
    const file = resolveFile(pathname);
    const status = file ? 200 : 404;
    const served = file ?? resolveFile("/404.html");
    const headers = new Map();
    for (const rule of rules) {
      if (!rule.pattern.test(url.pathname)) continue;
      for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), headers.has(name.toLowerCase()) ? `${headers.get(name.toLowerCase())}, ${value}` : value);
    }
    for (const [name, value] of headers) response.setHeader(name, value);
    response.setHeader("Content-Type", (served && TYPES[path.extname(served)]) || "application/octet-stream");
    if (!served) return response.writeHead(404).end("Not found");
    let body = fs.readFileSync(served);
    const app = url.searchParams.get("app") ?? "";
    if (appOriginParam && served.endsWith(".html") && /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(app)) {
      body = body.toString("utf8").replaceAll("__APP_ORIGIN__", app);
    }
    response.writeHead(status).end(request.method === "HEAD" ? undefined : body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
