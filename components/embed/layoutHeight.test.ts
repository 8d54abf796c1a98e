import { describe, expect, it } from "vitest";
import { nextLayoutHeight, stickyOffset } from "./layoutHeight";

describe("nextLayoutHeight", () => {
  it("takes the first viewport height, with a floor", () => {
    expect(nextLayoutHeight(null, 800, true)).toBe(800);
    expect(nextLayoutHeight(null, 20, false)).toBe(240);
  });
  it("follows every change on wide screens", () => {
    expect(nextLayoutHeight(800, 760, false)).toBe(760);
  });
  it("on phones, ignores toolbars showing and hiding, but follows a rotation", () => {
    expect(nextLayoutHeight(844, 790, true)).toBe(844);
    expect(nextLayoutHeight(844, 390, true)).toBe(390);
  });
});

describe("stickyOffset", () => {
  it("stays put until the viewport's top passes the map's resting place", () => {
    expect(stickyOffset(-500, 100, 3000)).toBe(0);
  });
  it("follows the viewport's top inside the block", () => {
    expect(stickyOffset(1100.4, 100, 3000)).toBe(1000);
  });
  it("stops at the block's end", () => {
    expect(stickyOffset(9000, 100, 3000)).toBe(3000);
    expect(stickyOffset(9000, 100, -20)).toBe(0);
  });
});
