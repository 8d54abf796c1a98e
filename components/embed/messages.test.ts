import { describe, expect, it } from "vitest";
import { HEIGHT_CASES, SCROLL_CASES } from "./messageCases";
import {
  heightMessage,
  parseHeightMessage,
  parsePymMessage,
  parsePymViewport,
  parseScrollMessage,
  parseViewportMessage,
  pymMessage,
  scrollMessage,
  viewportMessage,
} from "./messages";

describe("parseHeightMessage", () => {
  it.each(HEIGHT_CASES)("$name → $height", ({ data, height }) => {
    expect(parseHeightMessage(data)).toBe(height);
  });

  it("reads what heightMessage writes", () => {
    expect(parseHeightMessage(heightMessage(4321.2))).toBe(4321);
  });
});

describe("parseScrollMessage", () => {
  it.each(SCROLL_CASES)("$name → $top", ({ data, top }) => {
    expect(parseScrollMessage(data)).toBe(top);
  });
  it("reads what scrollMessage writes", () => {
    expect(parseScrollMessage(scrollMessage(812.4))).toBe(812);
  });
});

describe("parseViewportMessage", () => {
  it("reads what viewportMessage writes", () => {
    expect(parseViewportMessage(viewportMessage({ top: -250, height: 800 }))).toEqual({ top: -250, height: 800 });
  });
  it("clamps the numbers", () => {
    expect(parseViewportMessage({ type: "baghdad-story:viewport", version: 1, top: -1e12, height: 1e12 })).toEqual({
      top: -100_000,
      height: 100_000,
    });
  });
  it.each([
    ["another version", { type: "baghdad-story:viewport", version: 2, top: 0, height: 800 }],
    ["a missing top", { type: "baghdad-story:viewport", version: 1, height: 800 }],
    ["a string top", { type: "baghdad-story:viewport", version: 1, top: "0", height: 800 }],
    ["NaN height", { type: "baghdad-story:viewport", version: 1, top: 0, height: Number.NaN }],
    ["a height message", { type: "baghdad-story:height", version: 1, height: 800 }],
    ["a string", "baghdad-story:viewport"],
    ["undefined", undefined],
  ])("ignores %s", (_, data) => {
    expect(parseViewportMessage(data)).toBeNull();
  });
});

describe("pym.js messages", () => {
  it("writes pym's format: pym, id, type and payload joined by xPYMx", () => {
    expect(pymMessage("story-pym", "height", "5120")).toBe("pymxPYMxstory-pymxPYMxheightxPYMx5120");
  });
  it("reads messages for our id only", () => {
    expect(parsePymMessage("story-pym", "pymxPYMxstory-pymxPYMxwidthxPYMx640")).toEqual({ type: "width", payload: "640" });
    expect(parsePymMessage("story-pym", "pymxPYMxotherxPYMxwidthxPYMx640")).toBeNull();
    expect(parsePymMessage("story-pym", "pymxPYMxstory-pymxPYMxwidth")).toBeNull();
    expect(parsePymMessage("story-pym", { type: "width" })).toBeNull();
  });
  it("reads the viewport from viewport-iframe-position: the viewport's top is minus the iframe's", () => {
    expect(parsePymViewport("1280 800 -1500 16 3500 1264")).toEqual({ top: 1500, height: 800 });
    expect(parsePymViewport("1280 800 -1500")).toBeNull();
    expect(parsePymViewport("1280 tall -1500 16 3500 1264")).toBeNull();
  });
});
