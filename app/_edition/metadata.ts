import type { Metadata } from "next";
import { editionLangs, loadEdition, loadStory } from "@/content/load";
import { REFERENCE_EDITION, storyPath } from "@/content/routes";
import { SITE_URL } from "@/components/embed/siteUrl";
import { oembedPath } from "@/content/routes";

/** Open Graph writes locales with an underscore: en_GB, ar_IQ. */
const ogLocale = (locale: string) => locale.replace("-", "_");

/** Every edition's story page, by language, and x-default for a reader whose language has none. */
function languageAlternates(): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const lang of editionLangs()) languages[lang] = storyPath(lang);
  languages["x-default"] = storyPath(REFERENCE_EDITION);
  return languages;
}

/** A story page's metadata: title, description, its other editions, Open Graph, oEmbed discovery. */
export function storyMetadata(lang: string): Metadata {
  const { story, edition } = loadStory(lang);
  const others = editionLangs().filter((other) => other !== lang);
  return {
    metadataBase: new URL(SITE_URL),
    title: story.meta.title,
    description: story.meta.standfirst,
    alternates: {
      canonical: storyPath(lang),
      languages: languageAlternates(),
      types: { "application/json+oembed": [{ url: `${SITE_URL}${oembedPath(lang)}`, title: story.meta.title }] },
    },
    openGraph: {
      title: story.meta.title,
      description: story.meta.standfirst,
      type: "article",
      url: storyPath(lang),
      locale: ogLocale(edition.locale),
      alternateLocale: others.map((other) => ogLocale(loadEdition(other).edition.locale)),
    },
  };
}

/** The embed lives on news sites; search engines should index the story page instead. */
export function embedMetadata(lang: string): Metadata {
  const { story } = loadStory(lang);
  return {
    metadataBase: new URL(SITE_URL),
    title: story.meta.title,
    description: story.meta.standfirst,
    robots: { index: false, follow: true },
    alternates: { canonical: storyPath(lang) },
  };
}
