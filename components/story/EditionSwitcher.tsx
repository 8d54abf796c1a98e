import { storyPath } from "@/content/routes";

export interface EditionLink {
  lang: string;
  /** The edition's name in its own language: "العربية", "Français". */
  name: string;
}

/**
 * The masthead's links to the story's editions, named in their own languages, the current one
 * marked. A reader in the middle of the story changes language from the chapter list instead
 * (ChapterNav), which keeps their chapter.
 */
export function EditionSwitcher({ current, editions, label }: { current: string; editions: readonly EditionLink[]; label: string }) {
  return (
    <nav className="edition-switcher" aria-label={label}>
      <ul>
        {editions.map(({ lang, name }) => (
          <li key={lang}>
            <a
              href={storyPath(lang)}
              lang={lang}
              {...(lang === current ? { "aria-current": "page" as const } : { hrefLang: lang })}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
