import { describe, expect, it } from "vitest";
import { summarizeRequests, type RequestRecord } from "./network";

const ORIGIN = "http://127.0.0.1:3400";
const record = (url: string, type: string, encoded: number, extra: Partial<RequestRecord> = {}): RequestRecord => ({
  url,
  type,
  mimeType: "",
  status: 200,
  contentEncoding: "gzip",
  encoded,
  decoded: encoded * 3,
  state: "finished",
  ...extra,
});

describe("summarizeRequests", () => {
  const records = [
    record(`${ORIGIN}/`, "Document", 20_000),
    record(`${ORIGIN}/_next/static/chunks/a.css`, "Stylesheet", 3_000),
    record(`${ORIGIN}/_next/static/chunks/b.js`, "Script", 70_000),
    record(`${ORIGIN}/_next/static/chunks/c.js`, "Other", 5_000, { mimeType: "application/javascript" }),
    record(`${ORIGIN}/data/basemap.json`, "Fetch", 6_000),
    record("data:image/png;base64,AAAA", "Image", 0),
    record("https://tiles.example.org/1/2/3.png", "Image", 9_000, { state: "failed" }),
  ];
  const summary = summarizeRequests(records, ORIGIN);

  it("counts requests that reach a server, not data: URLs", () => {
    expect(summary.requests).toBe(6);
  });
  it("sums bytes on the wire, in total and by kind (JavaScript by type or MIME type)", () => {
    expect(summary.bytes).toBe(113_000);
    expect(summary.jsBytes).toBe(75_000);
    expect(summary.jsDecoded).toBe(225_000);
    expect(summary.cssBytes).toBe(3_000);
    expect(summary.htmlBytes).toBe(20_000);
    expect(summary.otherBytes).toBe(15_000);
  });
  it("lists requests to any other origin, and failures", () => {
    expect(summary.foreign).toEqual(["https://tiles.example.org/1/2/3.png"]);
    expect(summary.failed).toEqual(["https://tiles.example.org/1/2/3.png"]);
  });
  it("counts another port on the same host as another origin", () => {
    expect(summarizeRequests([record("http://127.0.0.1:3401/x.js", "Script", 1)], ORIGIN).foreign).toHaveLength(1);
  });
  it("lists resources largest first, with the app's own by path", () => {
    expect(summary.resources[0]).toEqual({ path: "/_next/static/chunks/b.js", type: "Script", bytes: 70_000, encoding: "gzip" });
    expect(summary.resources.map((r) => r.path)).toContain("https://tiles.example.org/1/2/3.png");
  });
});
