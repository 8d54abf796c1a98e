import { describe, expect, it } from "vitest";
import { parseTransitions, readTransitions } from "./story";

describe("parseTransitions", () => {
  it("maps each chapter id to its transition's duration", () => {
    const story = {
      chapters: [
        { id: "a", transition: { type: "jump", durationMs: 0 } },
        { id: "b", transition: { type: "fly", durationMs: 1800 } },
      ],
    };
    expect([...parseTransitions(story)]).toEqual([
      ["a", 0],
      ["b", 1800],
    ]);
  });
  it("refuses a story without chapters or a chapter without a duration", () => {
    expect(() => parseTransitions({})).toThrow(/no chapters/);
    expect(() => parseTransitions({ chapters: [{ id: "a", transition: {} }] })).toThrow(/durationMs/);
  });
  it("reads the project's story: every chapter has a duration", () => {
    const transitions = readTransitions("content/story.json");
    expect(transitions.size).toBeGreaterThan(0);
    for (const ms of transitions.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
