import type { ReactNode } from "react";
import type { Viewport } from "next";
import { preload } from "react-dom";
import { ARABIC_FONT_PATH, editionFace } from "@/content/editionFont";
import { editionLangs, loadEdition, loadStory } from "@/content/load";
import { StoryArticle } from "@/components/story/StoryArticle";
import { DIALOG_UI_KEYS, pickUiText } from "@/content/ui";
import { EditionSwitcher } from "@/components/story/EditionSwitcher";
import { EmbedDialog } from "@/components/embed/EmbedDialog";
import { EmbedBridge } from "@/components/embed/EmbedBridge";
import { embedBootScript } from "@/components/embed/boot";
import { BASEMAP_PATH } from "../data/basemap.json/path";

/**
 * What every edition's pages are made of. The routes (app/(reference) for English at the
 * root, app/[lang] for the others) only say which edition; everything else is here, once.
 */

/**
 * Every page's viewport. Page zoom stays enabled: no maximum-scale, no user-scalable=no. The
 * browser's own bar takes the paper's colour of the reader's scheme (--paper in app/globals.css).
 */
export const editionViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#161514" },
  ],
};

/**
 * The document: the edition's language and direction on <html>, before anything is painted.
 * The Arabic edition asks for its face at once (it is small), so that its text is set in it
 * from the first paint and does not shift when it arrives.
 */
export function EditionDocument({ lang, children }: { lang: string; children: ReactNode }) {
  const { edition } = loadEdition(lang);
  if (editionFace(lang)) preload(ARABIC_FONT_PATH, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    // The embed sets its theme on <html> before hydration (components/embed/boot.ts).
    <html lang={edition.lang} dir={edition.dir} suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}

/** Every edition, for the switcher and the embed dialog, named in its own language. */
function editionLinks() {
  return editionLangs().map((lang) => {
    const { edition, meta } = loadEdition(lang);
    return { lang, name: edition.name, title: meta.title };
  });
}

/** The story page: the site's masthead, the story, and links to the other editions. */
export function StoryPage({ lang }: { lang: string }) {
  const { story, map, ui, edition } = loadStory(lang);
  const editions = editionLinks();
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipLink}
      </a>
      <header className="masthead">
        <span className="masthead__name">{ui.deskName}</span>
        <span className="masthead__tools">
          <span className="masthead__section">{ui.section}</span>
          <EditionSwitcher current={lang} editions={editions} label={ui.editionsNav} />
          <EmbedDialog
            lang={lang}
            locale={edition.locale}
            editions={editions}
            chapters={story.chapters.map(({ id, title }) => ({ id, title }))}
            ui={pickUiText(ui, DIALOG_UI_KEYS)}
          />
        </span>
      </header>
      <main id="main">
        <StoryArticle
          story={story}
          map={map}
          basemapUrl={BASEMAP_PATH}
          ui={ui}
          edition={edition}
          otherEditions={editions.filter((other) => other.lang !== lang).map(({ lang, name }) => ({ lang, name }))}
        />
      </main>
    </>
  );
}

/**
 * The story for other sites' iframes: the same StoryArticle as the story page, without the
 * site's furniture. Its options come from the URL, read on the client (the page is static).
 */
export function EmbedPage({ lang }: { lang: string }) {
  const { story, map, ui, edition } = loadStory(lang);
  const chapterIds = story.chapters.map((chapter) => chapter.id);
  return (
    <>
      {/* Before the story is painted: the theme, and the host-sized layout (see boot.ts). */}
      <script dangerouslySetInnerHTML={{ __html: embedBootScript(chapterIds) }} />
      <EmbedBridge chapterIds={chapterIds}>
        <main id="main" className="embed">
          <StoryArticle story={story} map={map} basemapUrl={BASEMAP_PATH} ui={ui} edition={edition} />
        </main>
      </EmbedBridge>
    </>
  );
}
