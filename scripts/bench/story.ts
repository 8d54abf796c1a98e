/** The chapters' transitions, read straight from the story file (the budget for the map's settling). */
import fs from "node:fs";

/** Chapter id → transition duration (ms), from content/story.json's `chapters[].transition.durationMs`. */
export function parseTransitions(json: unknown): Map<string, number> {
  const chapters = (json as { chapters?: unknown }).chapters;
  if (!Array.isArray(chapters)) throw new Error("the story has no chapters array");
  const out = new Map<string, number>();
  for (const chapter of chapters as { id?: unknown; transition?: { durationMs?: unknown } }[]) {
    const { id } = chapter;
    const ms = chapter.transition?.durationMs;
    if (typeof id !== "string" || typeof ms !== "number") throw new Error(`a chapter lacks an id or transition.durationMs: ${JSON.stringify(chapter).slice(0, 80)}`);
    out.set(id, ms);
  }
  return out;
}

export function readTransitions(file: string): Map<string, number> {
  return parseTransitions(JSON.parse(fs.readFileSync(file, "utf8")));
}
