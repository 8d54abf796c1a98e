"use client";

import type { MouseEvent } from "react";
import { storyPath } from "@/content/routes";

export interface EditionLink {
  lang: string;
  /** The edition's name in its own language: "العربية", "Français". */
  name: string;
}

/**
 * Links to the story's other editions, named in their own languages. Chapter ids are the same
 * in every edition, so the link carries the reader's chapter (the page's hash) over; without
 * JavaScript it opens the edition at its start.
 */
export function EditionSwitcher({ current, editions, label }: { current: string; editions: readonly EditionLink[]; label: string }) {
  const keepChapter = (event: MouseEvent<HTMLAnchorElement>, lang: string) => {
    event.currentTarget.href = `${storyPath(lang)}${window.location.hash}`;
  };
  return (
    <nav className="edition-switcher" aria-label={label}>
      <ul>
        {editions.map(({ lang, name }) =>
          lang === current ? (
            <li key={lang}>
              <a aria-current="page" href={storyPath(lang)} lang={lang}>
                {name}
              </a>
            </li>
          ) : (
            <li key={lang}>
              <a href={storyPath(lang)} hrefLang={lang} lang={lang} onClick={(event) => keepChapter(event, lang)}>
                {name}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
