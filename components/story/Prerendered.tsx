"use client";

import { createElement, type HTMLAttributes } from "react";
import type { PartKey } from "./parts";

export interface PrerenderedProps extends HTMLAttributes<HTMLElement> {
  /** The part's own element, with the attributes below: no wrapper is added around it. */
  as: "article" | "figure" | "footer";
  /** Which part of which edition (components/story/parts.ts); also names it in the page. */
  part: PartKey;
}

/** Each part's markup as the server wrote it, read from the page once. */
const serverMarkup = new Map<string, string>();

/**
 * A part of the story that never changes once printed: a chapter's text, the sources, the
 * static and locator maps. The server renders it into the HTML, where readers without
 * JavaScript, print and search engines read it; the browser keeps that markup and React never
 * builds it again.
 *
 * Rendered by a server component, the same text would reach the browser twice: once as HTML
 * and once in React's payload for hydration, inlined in the page (the Arabic page's HTML was
 * 34 KB gzipped, 22 KB once its parts were printed once). Here the payload carries only the
 * part's name. The server renders the part from the story files (parts.server.tsx, which
 * Next leaves out of the browser's code, as it does everything under
 * `typeof window === "undefined"`); the browser hands React the markup the server wrote as
 * `dangerouslySetInnerHTML`, which hydration keeps as it is. Read once and kept, so that the
 * part survives React mounting it afresh (after a hydration error elsewhere, say).
 *
 * Its contents must need no JavaScript: links, text and SVG only, no handlers, no client
 * components.
 */
export function Prerendered({ as, part, ...attributes }: PrerenderedProps) {
  if (typeof window === "undefined") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous, and server-only (see above)
    const { renderPart } = require("./parts.server") as typeof import("./parts.server");
    return createElement(as, { ...attributes, "data-part": part }, renderPart(part));
  }
  return createElement(as, {
    ...attributes,
    "data-part": part,
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: markupOf(part) },
  });
}

function markupOf(part: PartKey): string {
  let markup = serverMarkup.get(part);
  if (markup === undefined) {
    markup = document.querySelector(`[data-part="${CSS.escape(part)}"]`)?.innerHTML ?? "";
    serverMarkup.set(part, markup);
  }
  return markup;
}
