import type { Metadata } from "next";
import "./globals.css";
import { loadStory } from "@/content/load";
import { REFERENCE_EDITION } from "@/content/routes";
import { EditionDocument } from "./_edition/pages";

export const metadata: Metadata = {
  title: loadStory(REFERENCE_EDITION).ui.notFoundTitle,
  robots: { index: false },
};

/**
 * What a URL without a page gets, whatever its first segment: the editions have root layouts
 * of their own, so this page is a whole document. Styled from the site's CSS like every other
 * page (Next's own 404 page uses inline styles, which the Content-Security-Policy does not allow).
 */
export default function GlobalNotFound() {
  const { story, ui } = loadStory(REFERENCE_EDITION);
  return (
    <EditionDocument lang={REFERENCE_EDITION}>
      <main id="main" className="not-found">
        <p className="not-found__code">404</p>
        <h1 className="not-found__title">{ui.notFoundHeading}</h1>
        <p>
          {/* A plain link: a 404 has no state to keep, and next/link would add client code. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          {ui.notFoundStory} <a href="/">{story.meta.title}</a>
        </p>
      </main>
    </EditionDocument>
  );
}
