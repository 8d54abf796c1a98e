import { loadStory } from "@/content/load";
import { IFRAME_HEIGHT, IFRAME_WIDTH, iframeSnippet } from "@/components/embed/snippets";
import { SITE_URL } from "@/components/embed/siteUrl";
import { storyPath } from "@/content/routes";

/** An edition's oEmbed response, written once at build time as a static file beside its story page. */
export function oembedResponse(lang: string): Response {
  const { story, ui } = loadStory(lang);
  const { meta } = story;
  return Response.json(
    {
      version: "1.0",
      type: "rich",
      title: meta.title,
      author_name: ui.deskName,
      provider_name: ui.deskName,
      provider_url: `${SITE_URL}${storyPath(lang)}`,
      html: iframeSnippet(SITE_URL, meta.title, { lang }),
      width: IFRAME_WIDTH,
      height: IFRAME_HEIGHT,
      cache_age: 3600,
    },
    { headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" } },
  );
}
