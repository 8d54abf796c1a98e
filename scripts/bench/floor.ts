/**
 * The floor a page is compared with: the same prerendered HTML with no JavaScript at all
 * and no map, only the text and its CSS. What the story would cost as a plain article.
 */
import path from "node:path";

/** The prerendered HTML `next build` writes for a route. */
export function builtHtmlPath(buildDir: string, route: string): string {
  const name = route === "/" ? "index" : route.replace(/^\/+|\/+$/g, "");
  return path.join(buildDir, "server", "app", `${name}.html`);
}

/** The map's box in the story page: `<div class="scrolly__map …">`. */
const MAP_CONTAINER = /<div\b[^>]*\bclass="[^"]*\bscrolly__map\b[^"]*"[^>]*>/i;

/** The end of the element whose start tag ends at `from`, counting nested divs. */
function endOfDiv(html: string, from: number): number {
  const tags = /<div\b[^>]*>|<\/div\s*>/gi;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error("the map container is not closed");
}

export interface FloorPage {
  html: string;
  /** CSS files the floor keeps, as in the page. */
  stylesheets: string[];
  removedScripts: number;
}

/**
 * Strips every script (external, inline and JSON), every script preload, and the map
 * container from a page's HTML; keeps everything else, CSS links included.
 */
export function makeFloor(html: string): FloorPage {
  let removedScripts = 0;
  let out = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
    removedScripts++;
    return "";
  });
  out = out.replace(/<link\b[^>]*>/gi, (tag) =>
    /\brel="(modulepreload|preload)"/i.test(tag) && (/\brel="modulepreload"/i.test(tag) || /\bas="script"/i.test(tag)) ? "" : tag,
  );
  const start = MAP_CONTAINER.exec(out);
  if (!start) throw new Error('no map container (<div class="scrolly__map">) in the page');
  const end = endOfDiv(out, start.index + start[0].length);
  out = out.slice(0, start.index) + out.slice(end);
  const stylesheets = [...out.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi)].map((m) => /\bhref="([^"]+)"/i.exec(m[0])?.[1] ?? "");
  return { html: out, stylesheets, removedScripts };
}
