import { NARROW_QUERY, READING_LINE } from "./activeChapter";

/**
 * Scrolls the story to a chapter, its text just past the reading line (below the sticky
 * map on phones), as following a link would, and moves keyboard focus there. Instant, so
 * it never animates against a reduced-motion preference.
 */
export function goToChapter(id: string) {
  const chapter = document.getElementById(id);
  if (!chapter) return;
  const text = chapter.querySelector(".chapter__card") ?? chapter;
  const line = window.innerHeight * (window.matchMedia(NARROW_QUERY).matches ? READING_LINE.narrow : READING_LINE.wide);
  window.scrollTo({ top: text.getBoundingClientRect().top + window.scrollY - line + 24, behavior: "instant" });
  history.replaceState(history.state, "", `#${id}`);
  chapter.setAttribute("tabindex", "-1");
  chapter.focus({ preventScroll: true });
}
