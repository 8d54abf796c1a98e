import { readEmbedOptions, type EmbedOptions } from "./options";

export interface BootTarget {
  search: string;
  root: { setAttribute(name: string, value: string): void; style: { setProperty(name: string, value: string): void } };
  /** The iframe's height now, and the screen's: the first guess at the reader's viewport. */
  innerHeight: number;
  screenHeight: number;
  addStyle(css: string): void;
}

/** A first guess at the host viewport's height, before the host has said. */
export function initialViewportHeight(options: EmbedOptions, innerHeight: number, screenHeight: number): number {
  // embed.js makes the iframe as tall as the host's viewport until the story reports its
  // height; pym.js starts it at 150 px, so the screen is the better guess there.
  const guess = options.pymId !== null ? screenHeight : innerHeight;
  return Math.max(240, Math.round(guess || 800));
}

/**
 * Runs in the embed's HTML before the story is painted: sets the theme, and when the host
 * sizes the iframe to the story, the height that stands in for `vh` (which would be the
 * story's own height) and, with `?chapter=`, hides the chapters before it. Self-contained
 * like readEmbedOptions, which it receives as an argument: both are inlined as source.
 */
export function bootEmbed(read: typeof readEmbedOptions, initial: typeof initialViewportHeight, chapterIds: string[], target: BootTarget) {
  const options = read(target.search, chapterIds);
  target.root.setAttribute("data-embed", "");
  target.root.setAttribute("data-theme", options.theme);
  if (!options.fullHeight) return;
  target.root.setAttribute("data-embed-height", "auto");
  target.root.style.setProperty("--embed-vh", initial(options, target.innerHeight, target.screenHeight) / 100 + "px");
  // The id is one of the story's own slugs (checked above), so it is safe in a selector.
  if (options.chapter) target.addStyle(".scrolly__steps > .chapter:has(~ #" + options.chapter + ") { display: none; }");
}

/**
 * The inline script for the embed's HTML (allowed by its hash in the page's CSP). Its rule
 * goes in through the CSSOM, as a constructed style sheet: the CSP allows no `<style>`
 * element. (A browser without constructed style sheets, before 2023, shows the whole story.)
 */
export function embedBootScript(chapterIds: readonly string[]): string {
  const target = `{ search: location.search, root: document.documentElement, innerHeight: window.innerHeight, screenHeight: screen.availHeight,
    addStyle: function (css) { if (!("adoptedStyleSheets" in document)) return; var s = new CSSStyleSheet(); s.replaceSync(css); document.adoptedStyleSheets = document.adoptedStyleSheets.concat([s]); } }`;
  // Slugs only, but never let data close the script element.
  const ids = JSON.stringify(chapterIds).replace(/</g, "\\u003c");
  return `(${bootEmbed.toString()})(${readEmbedOptions.toString()}, ${initialViewportHeight.toString()}, ${ids}, ${target});`;
}
