"use client";

import { Fragment, useEffect, useMemo, useRef } from "react";
import { storyPath } from "@/content/routes";
import type { EditionLink } from "./EditionSwitcher";
import { setReducedMotion, useReducedMotion } from "@/components/map/motion";
import { goToChapter } from "./goToChapter";
import { useUiText } from "@/components/ui/UiText";
import { setDarkTheme, useDarkTheme } from "@/components/ui/theme";

/**
 * The story's chapter navigation: where the reader is (aria-current), the list of every
 * chapter, previous and next (also Alt+↑ and Alt+↓), and the motion and theme settings. It sticks to
 * the bottom of the text column; without JavaScript its list still links to each chapter.
 * On the story page its list also offers the chapter in the other editions: chapter ids are
 * the same in every edition, so the reader changes language without losing their place.
 */
export function ChapterNav({
  chapters,
  activeIndex,
  otherEditions = [],
}: {
  chapters: { id: string; title: string }[];
  activeIndex: number;
  otherEditions?: readonly EditionLink[];
}) {
  const reduceMotion = useReducedMotion();
  const dark = useDarkTheme();
  const ui = useUiText();
  const number = useMemo(() => new Intl.NumberFormat(ui.locale), [ui.locale]);
  const list = useRef<HTMLDetailsElement>(null);
  const active = chapters[activeIndex]!;
  // Where the last Previous/Next went, until the story catches up: fast presses step on
  // from there instead of repeating the same step.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current === activeIndex) pending.current = null;
  }, [activeIndex]);
  const go = (step: number) => {
    const index = Math.min(chapters.length - 1, Math.max(0, (pending.current ?? activeIndex) + step));
    pending.current = index;
    goToChapter(chapters[index]!.id);
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
      event.preventDefault();
      goRef.current(event.key === "ArrowDown" ? 1 : -1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <nav className="chapter-nav" aria-label={ui.chaptersNav} data-index={activeIndex}>
      <button
        type="button"
        className="chapter-nav__step"
        onClick={() => go(-1)}
        disabled={activeIndex === 0}
        aria-keyshortcuts="Alt+ArrowUp"
      >
        <span aria-hidden="true">↑</span> <span className="chapter-nav__word">{ui.previous}</span>
      </button>
      <details className="chapter-nav__contents" ref={list}>
        <summary>
          <span className="visually-hidden">{ui.chapterWord} </span>
          {number.format(activeIndex + 1)}
          <span aria-hidden="true">/</span>
          <span className="visually-hidden"> {ui.ofWord} </span>
          {number.format(chapters.length)}
          <span className="chapter-nav__current">: {active.title}</span>
        </summary>
        <div className="chapter-nav__panel">
          <ol>
            {chapters.map((chapter, index) => (
              <li key={chapter.id}>
                <a
                  href={`#${chapter.id}`}
                  aria-current={index === activeIndex ? "step" : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    list.current?.removeAttribute("open");
                    goToChapter(chapter.id);
                  }}
                >
                  {chapter.title}
                </a>
              </li>
            ))}
          </ol>
          {otherEditions.length > 0 && (
            <p className="chapter-nav__editions">
              {ui.chapterInEdition}{" "}
              {otherEditions.map((edition, i) => (
                <Fragment key={edition.lang}>
                  {i > 0 && " · "}
                  <a href={`${storyPath(edition.lang)}#${active.id}`} hrefLang={edition.lang} lang={edition.lang}>
                    {edition.name}
                  </a>
                </Fragment>
              ))}
            </p>
          )}
        </div>
      </details>
      <button
        type="button"
        className="chapter-nav__step"
        onClick={() => go(1)}
        disabled={activeIndex === chapters.length - 1}
        aria-keyshortcuts="Alt+ArrowDown"
      >
        <span className="chapter-nav__word">{ui.next}</span> <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="chapter-nav__motion" aria-pressed={reduceMotion} onClick={() => setReducedMotion(!reduceMotion)}>
        {ui.reduceMotionVerb} <span className="chapter-nav__word">{ui.reduceMotionObject}</span>
      </button>
      {/* The theme is a symbol on the bar (a tooltip shows its name): its name is in the button's accessible name. */}
      <button type="button" className="chapter-nav__theme" aria-pressed={dark} title={ui.darkTheme} onClick={() => setDarkTheme(!dark)}>
        <svg className="chapter-nav__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
        </svg>
        <span className="visually-hidden">{ui.darkTheme}</span>
      </button>
    </nav>
  );
}
