import { oembedResponse } from "../../_edition/oembed";
import { otherEditionParams } from "../../_edition/params";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = otherEditionParams;

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return oembedResponse((await params).lang);
}
