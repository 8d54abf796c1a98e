/**
 * `npm run build` and `npm run export`: next build, with a Content-Security-Policy that
 * allows each page's inline scripts by their hashes and nothing else inline.
 *
 *   tsx scripts/build.ts server   the build for next start (in NEXT_DIST_DIR, default .next)
 *   tsx scripts/build.ts export   the static export in out/, with its host configurations
 *   tsx scripts/build.ts examples the same host configurations in deploy/, with placeholders
 *   tsx scripts/build.ts fonts    only the editions' faces, cut to their text (server and export do this first)
 *
 * The pages are static, so the hashes come from the built HTML. next start takes its
 * headers from the routes manifest that `next build` writes before it renders the pages,
 * so the server build runs twice with one build id: the first to read the pages' inline
 * scripts, the second with their hashes in its headers (next.config.ts). Both write the
 * same pages, which this checks. The export writes out/_headers and an nginx server block.
 * Either way the build fails if a page has inline content its policy does not allow.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { loadEnvConfig } from "@next/env";
import { writeEditionFonts } from "./fonts/editionFonts";
import { siteOptions, type PageScriptHashes } from "../components/embed/securityHeaders";
import { exportPages, pageScriptHashes, serverBuildPages, type BuiltPage } from "./csp/builtPages";
import { manifestHeadersFor, servedPageProblems, type ManifestHeaderRule } from "./csp/policyCheck";
import {
  DEPLOY_EXAMPLES,
  EXAMPLE_HASHES,
  exportUrls,
  headersFile,
  headersFileHeadersFor,
  nginxConf,
  parseHeadersFile,
} from "./csp/staticHosts";

const OUT_DIR = "out";
const NGINX_CONF = "deploy/build/nginx.conf";
/** A URL no page has: next start answers it with the 404 page. */
const MISSING_URL = "/no-such-page/csp-check";

class BuildError extends Error {}

function nextBuild(env: Record<string, string>) {
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new BuildError(`next build failed (exit code ${result.status ?? result.signal})`);
}

/** Like Next's own: random, URL-safe, and without "ad", which ad blockers block in paths. */
function newBuildId(): string {
  for (;;) {
    const id = randomBytes(15).toString("base64url");
    if (!/ad/i.test(id)) return id;
  }
}

function summary(hashes: PageScriptHashes): string {
  const routes = Object.entries(hashes.routes).map(([route, list]) => `${route} ${list.length}`);
  return [...routes, `other URLs ${hashes.other.length}`].join(", ");
}

function failOn(problems: string[], what: string) {
  if (problems.length) throw new BuildError(`${what}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
}

function buildServer() {
  if (process.env.STATIC_EXPORT === "1") throw new BuildError("STATIC_EXPORT=1: the static export is `npm run export`");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = process.env.NEXT_BUILD_ID || newBuildId();
  console.log(`\n▶ next build 1 of 2: the pages, to read their inline scripts (build id ${buildId})\n`);
  nextBuild({ NEXT_BUILD_ID: buildId, CSP_SCRIPT_HASHES: "collect" });
  const hashes = pageScriptHashes(serverBuildPages(distDir));
  console.log(`\n▶ next build 2 of 2: the same pages, with their scripts' hashes in the CSP (${summary(hashes)})\n`);
  nextBuild({ NEXT_BUILD_ID: buildId, CSP_SCRIPT_HASHES: JSON.stringify(hashes) });

  const pages = serverBuildPages(distDir);
  if (!isDeepStrictEqual(pageScriptHashes(pages), hashes)) {
    throw new BuildError(
      `the second next build wrote other inline scripts than the first (${summary(pageScriptHashes(pages))}), so the CSP would block them: is the build deterministic for one build id?`,
    );
  }
  // What next start will send: the header rules as built into the routes manifest.
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as { headers: ManifestHeaderRule[] };
  failOn(
    pages.flatMap((page) => servedPageProblems(page, page.route ?? MISSING_URL, manifestHeadersFor(manifest.headers, page.route ?? MISSING_URL))),
    `${distDir}: pages whose Content-Security-Policy blocks their own inline content`,
  );
  fs.writeFileSync(path.join(distDir, "csp-script-hashes.json"), `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`CSP: every page's inline scripts are in its policy (${summary(hashes)}); hashes in ${distDir}/csp-script-hashes.json`);
}

function buildExport() {
  nextBuild({ STATIC_EXPORT: "1" });
  const pages: BuiltPage[] = exportPages(OUT_DIR);
  const hashes = pageScriptHashes(pages);
  const site = siteOptions(process.env);
  const headersPath = path.join(OUT_DIR, "_headers");
  fs.writeFileSync(headersPath, headersFile(hashes, site));
  fs.mkdirSync(path.dirname(NGINX_CONF), { recursive: true });
  fs.writeFileSync(NGINX_CONF, nginxConf(hashes, site));

  const rules = parseHeadersFile(fs.readFileSync(headersPath, "utf8"));
  failOn(
    pages.flatMap((page) => exportUrls(page.route).flatMap((url) => servedPageProblems(page, url, headersFileHeadersFor(rules, url)))),
    `${headersPath}: pages whose Content-Security-Policy blocks their own inline content`,
  );
  console.log(`CSP: every page's inline scripts are in its policy (${summary(hashes)}); written to ${headersPath} and ${NGINX_CONF}`);
}

/** The examples in deploy/ (a unit test keeps them in step with the generators). */
function writeExamples() {
  const site = siteOptions({});
  fs.writeFileSync(DEPLOY_EXAMPLES.headersFile, headersFile(EXAMPLE_HASHES, site));
  fs.writeFileSync(DEPLOY_EXAMPLES.nginxConf, nginxConf(EXAMPLE_HASHES, site));
  console.log(`written: ${Object.values(DEPLOY_EXAMPLES).join(", ")}`);
}

async function main(mode: string | undefined) {
  if (mode === "server" || mode === "export" || mode === "fonts") await writeEditionFonts();
  if (mode === "fonts") return;
  if (mode === "server") buildServer();
  else if (mode === "export") buildExport();
  else if (mode === "examples") writeExamples();
  else throw new BuildError("usage: tsx scripts/build.ts server|export|examples|fonts");
}

loadEnvConfig(process.cwd());
main(process.argv[2]).catch((error: unknown) => {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
});
