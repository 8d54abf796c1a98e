/**
 * What the benchmark measures and how: the pages, the device profiles, the ports, the
 * scroll patterns, and the command-line options. `npm run bench -- --help` lists them.
 */

/** A page of the app to measure. Adding a route (e.g. `/embed`) is one line here. */
export interface PageConfig {
  /** Short name used in the table and the JSON. */
  name: string;
  /** The route, as served by `next start`; its floor comes from the build's prerendered HTML. */
  route: string;
}

/** The story page and the embed in every edition: the Arabic ones with the Arabic face they load. */
export const PAGES: readonly PageConfig[] = [
  { name: "story", route: "/" },
  { name: "embed", route: "/embed" },
  { name: "story-ar", route: "/ar" },
  { name: "embed-ar", route: "/ar/embed" },
  { name: "story-fr", route: "/fr" },
  { name: "embed-fr", route: "/fr/embed" },
];

export interface Profile {
  name: string;
  label: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  /** CDP Emulation.setCPUThrottlingRate: 1 = no throttle. */
  cpuThrottle: number;
}

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export const PROFILES: readonly Profile[] = [
  { name: "desktop-1x", label: "desktop 1×", ...DESKTOP, cpuThrottle: 1 },
  { name: "desktop-4x", label: "desktop 4×", ...DESKTOP, cpuThrottle: 4 },
  { name: "phone-1x", label: "phone 1×", ...PHONE, cpuThrottle: 1 },
  { name: "phone-4x", label: "phone 4×", ...PHONE, cpuThrottle: 4 },
];

/** The one profile of quick mode: the budgets that matter most are set for it. */
export const QUICK_PROFILE = "phone-4x";

export const PORTS = {
  /** `next start` serving the built app. */
  app: 3400,
  /** The floor page (and everything else, proxied to the app). */
  floor: 3401,
} as const;

/**
 * Wheel scrolls over the text column. Reading pace: a relaxed wheel (about 830 px/s),
 * stopping on each newly active chapter until its map has settled, plus a short read.
 * A flick: large wheel steps as fast as the page takes them, no stops.
 */
export const SCROLL = {
  reading: { stepPx: 100, intervalMs: 120, dwellMs: 500 },
  flick: { stepPx: 300, intervalMs: 16 },
  /** Longest wait for the map after a chapter's own transition, before giving up on it. */
  settleGraceMs: 3000,
} as const;

export const LOAD = {
  /** The load has settled once the network has been idle this long (and the map is up). */
  quietMs: 1000,
  timeoutMs: 45_000,
} as const;

/** Where the chapters' transitions are read from. */
export const STORY_FILE = "content/story.json";

export interface Options {
  build: boolean;
  quick: boolean;
  runs: number;
  profiles: string[];
  pages: string[];
  out: string;
  help: boolean;
}

export const USAGE = `npm run bench [-- options]

  --no-build          measure the existing .next build (default: run npm run build first)
  --quick             one run of one profile (${QUICK_PROFILE}); also BENCH_QUICK=1
  --runs N            runs per profile (default 5)
  --profile a,b       only these profiles (${PROFILES.map((p) => p.name).join(", ")})
  --page a,b          only these pages (${PAGES.map((p) => p.name).join(", ")})
  --out FILE          JSON output (default bench-results/latest.json)
`;

/** Reads the command line (and BENCH_QUICK); throws on anything it does not know. */
export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Options {
  const options: Options = {
    build: true,
    quick: env.BENCH_QUICK === "1" || env.BENCH_QUICK === "true",
    runs: 5,
    profiles: PROFILES.map((p) => p.name),
    pages: PAGES.map((p) => p.name),
    out: "bench-results/latest.json",
    help: false,
  };
  let runsGiven = false;
  let profilesGiven = false;
  const list = (value: string | undefined, flag: string, known: readonly string[]) => {
    if (!value) throw new Error(`${flag} needs a value`);
    const names = value.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length) throw new Error(`${flag}: unknown ${unknown.join(", ")} (known: ${known.join(", ")})`);
    return names;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--no-build":
        options.build = false;
        break;
      case "--quick":
        options.quick = true;
        break;
      case "--runs": {
        const raw = value();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--runs needs a whole number ≥ 1, not ${raw}`);
        options.runs = n;
        runsGiven = true;
        break;
      }
      case "--profile":
        options.profiles = list(value(), flag, PROFILES.map((p) => p.name));
        profilesGiven = true;
        break;
      case "--page":
        options.pages = list(value(), flag, PAGES.map((p) => p.name));
        break;
      case "--out": {
        const out = value();
        if (!out) throw new Error("--out needs a file");
        options.out = out;
        break;
      }
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}\n\n${USAGE}`);
    }
  }
  if (options.quick) {
    if (!runsGiven) options.runs = 1;
    if (!profilesGiven) options.profiles = [QUICK_PROFILE];
  }
  return options;
}
