import { loadBasemap } from "@/content/load";

/** Written once at build time as a static file, so any static host can serve it. */
export const dynamic = "force-static";

export function GET() {
  return Response.json(loadBasemap(), {
    headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
