/**
 * The embed's options, read from its URL on the client (the page is static):
 * `?chapter=<id>` to start at a chapter, `?theme=light|dark`; unknown or malformed
 * values are ignored. `host=loader` (added by embed.js) or pym.js's `childId` mean the
 * host sizes the iframe to the whole story and the iframe never scrolls.
 */
export type EmbedTheme = "light" | "dark";

export interface EmbedOptions {
  chapter: string | null;
  theme: EmbedTheme;
  /** The id pym.js's parent knows this iframe by, when a pym.js page embeds us. */
  pymId: string | null;
  /** True when the iframe is as tall as the story: the host, not the iframe, scrolls. */
  fullHeight: boolean;
}

/**
 * Self-contained on purpose (no imports, no outside names): embedBootScript inlines its
 * source into the embed's HTML so the theme applies before the first paint.
 */
export function readEmbedOptions(search: string, chapterIds: readonly string[]): EmbedOptions {
  const params = new URLSearchParams(search);
  const chapter = params.get("chapter");
  const theme = params.get("theme");
  const childId = params.get("childId");
  const pymId =
    childId !== null && childId.length > 0 && childId.length <= 200 && !/\s/.test(childId) && childId.indexOf("xPYMx") < 0
      ? childId
      : null;
  return {
    chapter: chapter !== null && chapterIds.indexOf(chapter) >= 0 ? chapter : null,
    theme: theme === "dark" ? "dark" : "light",
    pymId,
    fullHeight: params.get("host") === "loader" || pymId !== null,
  };
}
