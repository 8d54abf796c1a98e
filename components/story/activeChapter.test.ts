import { describe, expect, it } from "vitest";
import { activeIndexAt, readingLineMargin } from "./activeChapter";

describe("activeIndexAt", () => {
  const tops = [100, 900, 1700, 2500];

  it("is the first chapter before the reader reaches any", () => {
    expect(activeIndexAt(50, tops)).toBe(0);
  });
  it("is the chapter whose top has passed the reading line", () => {
    expect(activeIndexAt(950, tops)).toBe(1);
  });
  it("stays on the chapter just read while the line is between chapters", () => {
    expect(activeIndexAt(1699, tops)).toBe(1);
  });
  it("is the last chapter after a jump to the end", () => {
    expect(activeIndexAt(99999, tops)).toBe(3);
  });
  it("works with viewport coordinates where chapters above are negative", () => {
    expect(activeIndexAt(400, [-2300, -1500, -700, 100])).toBe(3);
  });
});

describe("readingLineMargin", () => {
  it("shrinks the viewport to a line at the given height", () => {
    expect(readingLineMargin(0.5)).toBe("-50% 0px -50% 0px");
    expect(readingLineMargin(0.7)).toBe("-70% 0px -30% 0px");
  });
});
