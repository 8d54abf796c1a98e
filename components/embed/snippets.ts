import type { EmbedTheme } from "./options";

/** What a newsroom chose in the Embed dialog: where the story starts, and its theme. */
export interface EmbedChoice {
  chapter?: string | null;
  theme?: EmbedTheme;
}

/** A fixed-height iframe's height: a tall screen's worth; the story scrolls inside it. */
export const IFRAME_HEIGHT = 720;
/** The width oEmbed consumers are told; the snippet itself is 100% wide. */
export const IFRAME_WIDTH = 900;

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The embed's URL for a choice: the defaults (the top, the light theme) add nothing. */
export function embedUrl(origin: string, { chapter, theme }: EmbedChoice = {}): string {
  const params = new URLSearchParams();
  if (chapter) params.set("chapter", chapter);
  if (theme && theme !== "light") params.set("theme", theme);
  const query = params.toString();
  return `${origin}/embed${query ? `?${query}` : ""}`;
}

/** The recommended embed: a placeholder and the loader, which sizes the iframe to the story. */
export function loaderSnippet(origin: string, { chapter, theme }: EmbedChoice = {}): string {
  const attributes = ["data-baghdad-story"];
  if (chapter) attributes.push(`data-chapter="${escapeAttribute(chapter)}"`);
  if (theme && theme !== "light") attributes.push(`data-theme="${theme}"`);
  return `<div ${attributes.join(" ")}></div>\n<script async src="${escapeAttribute(origin)}/embed.js"></script>`;
}

/** A plain iframe of fixed height: the story scrolls inside it, as on its own page. */
export function iframeSnippet(origin: string, title: string, choice: EmbedChoice = {}): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(origin, choice))}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${IFRAME_HEIGHT}" style="border:0;display:block"></iframe>`
  );
}
