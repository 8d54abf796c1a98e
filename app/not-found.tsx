import type { Metadata } from "next";
import Link from "next/link";
import { loadStory } from "@/content/load";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

/**
 * What a URL without a page gets. Styled from the site's CSS like every other page (Next's
 * own 404 page uses inline styles, which the Content-Security-Policy does not allow).
 */
export default function NotFound() {
  const { story } = loadStory();
  return (
    <main id="main" className="not-found">
      <p className="not-found__code">404</p>
      <h1 className="not-found__title">This page does not exist</h1>
      <p>
        The story is here: <Link href="/">{story.meta.title}</Link>
      </p>
    </main>
  );
}
