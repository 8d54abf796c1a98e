/**
 * Bytes and requests as the browser's network stack saw them (CDP Network domain):
 * `encodedDataLength` from Network.loadingFinished is what crossed the wire, headers included.
 */
import type { CDPSession } from "@playwright/test";

export interface RequestRecord {
  url: string;
  /** CDP resource type: Document, Stylesheet, Script, Fetch, Image, … */
  type: string;
  mimeType: string;
  status: number | null;
  contentEncoding: string | null;
  /** Bytes on the wire once finished (0 while in flight). */
  encoded: number;
  /** Decoded body bytes. */
  decoded: number;
  state: "pending" | "finished" | "failed";
}

export interface ResourceLine {
  path: string;
  type: string;
  bytes: number;
  encoding: string | null;
}

export interface NetworkSummary {
  requests: number;
  bytes: number;
  /** JavaScript bytes on the wire (served gzip by `next start`). */
  jsBytes: number;
  /** JavaScript bytes once decoded. */
  jsDecoded: number;
  cssBytes: number;
  htmlBytes: number;
  otherBytes: number;
  /** Requests to any origin other than the app's. */
  foreign: string[];
  failed: string[];
  resources: ResourceLine[];
}

const isFetched = (url: string) => !/^(data|blob|about|chrome-extension):/i.test(url);
const isScript = (r: RequestRecord) => r.type === "Script" || /javascript|ecmascript/i.test(r.mimeType);
const isCss = (r: RequestRecord) => r.type === "Stylesheet" || /text\/css/i.test(r.mimeType);
const isHtml = (r: RequestRecord) => r.type === "Document" || /text\/html/i.test(r.mimeType);

/** Sums the recorded requests; `origin` is the app's, e.g. http://127.0.0.1:3400. */
export function summarizeRequests(records: readonly RequestRecord[], origin: string): NetworkSummary {
  const fetched = records.filter((r) => isFetched(r.url));
  const sum = (rs: readonly RequestRecord[], field: "encoded" | "decoded" = "encoded") => rs.reduce((acc, r) => acc + r[field], 0);
  const scripts = fetched.filter(isScript);
  const css = fetched.filter(isCss);
  const html = fetched.filter(isHtml);
  const foreign = fetched.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url);
  return {
    requests: fetched.length,
    bytes: sum(fetched),
    jsBytes: sum(scripts),
    jsDecoded: sum(scripts, "decoded"),
    cssBytes: sum(css),
    htmlBytes: sum(html),
    otherBytes: sum(fetched) - sum(scripts) - sum(css) - sum(html),
    foreign,
    failed: fetched.filter((r) => r.state === "failed").map((r) => r.url),
    resources: fetched
      .map((r) => {
        const url = new URL(r.url);
        return { path: url.origin === origin ? url.pathname + url.search : r.url, type: r.type, bytes: r.encoded, encoding: r.contentEncoding };
      })
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Listens to one page's CDP session and keeps every request, with a clock of the last network activity. */
export class NetworkRecorder {
  readonly records = new Map<string, RequestRecord>();
  lastActivity = Date.now();

  constructor(session: CDPSession) {
    session.on("Network.requestWillBeSent", (e) => {
      this.lastActivity = Date.now();
      // A redirect reuses the request id: the hop that ended in the redirect is a request of its own.
      const before = this.records.get(e.requestId);
      if (before && e.redirectResponse) {
        before.status = e.redirectResponse.status;
        before.encoded = e.redirectResponse.encodedDataLength;
        before.state = "finished";
        this.records.set(`${e.requestId}:redirect:${this.records.size}`, before);
      }
      this.records.set(e.requestId, {
        url: e.request.url,
        type: e.type ?? "Other",
        mimeType: "",
        status: null,
        contentEncoding: null,
        encoded: 0,
        decoded: 0,
        state: "pending",
      });
    });
    session.on("Network.responseReceived", (e) => {
      this.lastActivity = Date.now();
      const r = this.records.get(e.requestId);
      if (!r) return;
      r.type = e.type ?? r.type;
      r.mimeType = e.response.mimeType;
      r.status = e.response.status;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      r.contentEncoding = headers["content-encoding"] ?? null;
    });
    session.on("Network.dataReceived", (e) => {
      this.lastActivity = Date.now();
      const r = this.records.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    session.on("Network.loadingFinished", (e) => {
      this.lastActivity = Date.now();
      const r = this.records.get(e.requestId);
      if (!r) return;
      r.encoded += e.encodedDataLength;
      r.state = "finished";
    });
    session.on("Network.loadingFailed", (e) => {
      this.lastActivity = Date.now();
      const r = this.records.get(e.requestId);
      if (r) r.state = "failed";
    });
  }

  get inFlight(): number {
    let n = 0;
    for (const r of this.records.values()) if (r.state === "pending" && isFetched(r.url)) n++;
    return n;
  }

  /** True once nothing is in flight and nothing has happened for `quietMs`. */
  isQuiet(quietMs: number): boolean {
    return this.inFlight === 0 && Date.now() - this.lastActivity >= quietMs;
  }

  list(): RequestRecord[] {
    return [...this.records.values()];
  }
}
