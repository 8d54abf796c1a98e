import { loadStory } from "@/content/load";
import { IFRAME_HEIGHT, IFRAME_WIDTH, iframeSnippet } from "@/components/embed/snippets";
import { SITE_URL } from "@/components/embed/siteUrl";

/** The oEmbed response for the story page, written once at build time as a static file. */
export const dynamic = "force-static";

export function GET() {
  const { story, ui } = loadStory();
  const { meta } = story;
  return Response.json(
    {
      version: "1.0",
      type: "rich",
      title: meta.title,
      author_name: ui.deskName,
      provider_name: ui.deskName,
      provider_url: `${SITE_URL}/`,
      html: iframeSnippet(SITE_URL, meta.title),
      width: IFRAME_WIDTH,
      height: IFRAME_HEIGHT,
      cache_age: 3600,
    },
    { headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" } },
  );
}
