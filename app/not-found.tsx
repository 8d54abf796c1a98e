import type { Metadata } from "next";
import { loadStory } from "@/content/load";

export const metadata: Metadata = {
  title: loadStory().ui.notFoundTitle,
  robots: { index: false },
};

/**
 * What a URL without a page gets. Styled from the site's CSS like every other page (Next's
 * own 404 page uses inline styles, which the Content-Security-Policy does not allow).
 */
export default function NotFound() {
  const { story, ui } = loadStory();
  return (
    <main id="main" className="not-found">
      <p className="not-found__code">404</p>
      <h1 className="not-found__title">{ui.notFoundHeading}</h1>
      <p>
        {/* A plain link: next/link would add its client code to every page's first load
            (this page is part of the root layout), and a 404 has no state to keep. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        {ui.notFoundStory} <a href="/">{story.meta.title}</a>
      </p>
    </main>
  );
}
