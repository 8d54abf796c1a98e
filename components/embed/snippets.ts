import type { EmbedTheme } from "./options";
import { REFERENCE_EDITION, embedPath } from "@/content/routes";

/** What a newsroom chose in the Embed dialog: the edition, where the story starts, and its theme. */
export interface EmbedChoice {
  /** The edition's language; the reference edition (English) when absent. */
  lang?: string;
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
export function embedUrl(origin: string, { lang = REFERENCE_EDITION, chapter, theme }: EmbedChoice = {}): string {
  const params = new URLSearchParams();
  if (chapter) params.set("chapter", chapter);
  if (theme && theme !== "light") params.set("theme", theme);
  const query = params.toString();
  return `${origin}${embedPath(lang)}${query ? `?${query}` : ""}`;
}

/** The recommended embed: a placeholder and the loader, which sizes the iframe to the story. */
export function loaderSnippet(origin: string, { lang = REFERENCE_EDITION, chapter, theme }: EmbedChoice = {}): string {
  const attributes = ["data-baghdad-story"];
  if (lang !== REFERENCE_EDITION) attributes.push(`data-lang="${escapeAttribute(lang)}"`);
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
