import { describe, expect, it } from "vitest";
import { linkProblem, parseInline } from "./inline";

describe("parseInline", () => {
  it("splits text, emphasis and links", () => {
    expect(parseInline("On the *eastern* bank, see [the airport](#airport-2020).")).toEqual([
      { kind: "text", text: "On the " },
      { kind: "em", text: "eastern" },
      { kind: "text", text: " bank, see " },
      { kind: "link", text: "the airport", href: "#airport-2020" },
      { kind: "text", text: "." },
    ]);
  });
  it("leaves plain text and unmatched markers alone", () => {
    expect(parseInline("3 * 4 = 12 [sic]")).toEqual([{ kind: "text", text: "3 * 4 = 12 [sic]" }]);
  });
  it("never produces HTML: angle brackets stay text", () => {
    expect(parseInline("<script>alert(1)</script>")).toEqual([{ kind: "text", text: "<script>alert(1)</script>" }]);
  });
});

describe("linkProblem", () => {
  const chapters = new Set(["launch-site"]);
  it("accepts chapter anchors and https links", () => {
    expect(linkProblem("#launch-site", chapters)).toBeNull();
    expect(linkProblem("https://www.un.org/press/", chapters)).toBeNull();
  });
  it("rejects dangling anchors, other protocols and junk", () => {
    expect(linkProblem("#nowhere", chapters)).toMatch(/no chapter/);
    expect(linkProblem("javascript:alert(1)", chapters)).toMatch(/must use https/);
    expect(linkProblem("http://example.com", chapters)).toMatch(/must use https/);
    expect(linkProblem("not a url", chapters)).toMatch(/not a valid URL/);
  });
});
