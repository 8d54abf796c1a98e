import { REFERENCE_EDITION } from "@/content/routes";
import { oembedResponse } from "../_edition/oembed";

export const dynamic = "force-static";

export function GET() {
  return oembedResponse(REFERENCE_EDITION);
}
