/**
 * What the story page costs a first-time reader, from the production build (`npm run build`
 * first): the HTML, the CSS and JavaScript it loads up front, and what the map fetches after.
 * `npm run size`. Next.js 16 no longer prints first-load sizes in `next build`, so we measure.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUILD = ".next";
const page = (route: string) => path.join(BUILD, "server", "app", route === "/" ? "index.html" : `${route}.html`);

const gzip = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const staticFile = (url: string) => fs.readFileSync(path.join(BUILD, url.replace(/^\/_next\//, "")));

function report(route: string) {
  const html = fs.readFileSync(page(route));
  const text = html.toString();
  const tags = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const scripts = tags.filter((m) => !/\snoModule/i.test(m[0])).map((m) => m[1]!);
  const legacy = tags.filter((m) => /\snoModule/i.test(m[0])).map((m) => m[1]!);
  const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const sum = (urls: string[]) => urls.reduce((acc, url) => acc + gzip(staticFile(url)), 0);

  const rows: [string, number][] = [
    ["HTML (with the inlined React payload)", gzip(html)],
    [`CSS (${styles.length} files)`, sum(styles)],
    [`JavaScript loaded up front (${scripts.length} files)`, sum(scripts)],
  ];
  const upFront = rows.reduce((acc, [, n]) => acc + n, 0);
  console.log(`\n${route}  (gzip -9)`);
  for (const [label, n] of rows) console.log(`  ${label.padEnd(44)} ${kb(n).padStart(9)}`);
  console.log(`  ${"total before the map".padEnd(44)} ${kb(upFront).padStart(9)}`);
  if (legacy.length) console.log(`  (legacy polyfills for browsers without modules, not loaded by modern ones: ${kb(sum(legacy))})`);
}

function lazyChunks() {
  const chunksDir = path.join(BUILD, "static", "chunks");
  const indexHtml = fs.readFileSync(page("/"), "utf8");
  const lazy = fs
    .readdirSync(chunksDir)
    .filter((f) => f.endsWith(".js") && !indexHtml.includes(f))
    .map((f) => ({ f, text: fs.readFileSync(path.join(chunksDir, f)) }))
    .filter(({ text }) => text.includes("leaflet"));
  const basemap = fs.readFileSync(path.join(BUILD, "server", "app", "data", "basemap.json.body"));
  console.log("\nloaded after the text, for the map");
  for (const { f, text } of lazy) console.log(`  ${`map code ${f}`.padEnd(44)} ${kb(gzip(text)).padStart(9)}`);
  console.log(`  ${"basemap data /data/basemap.json".padEnd(44)} ${kb(gzip(basemap)).padStart(9)}`);
}

report("/");
lazyChunks();
