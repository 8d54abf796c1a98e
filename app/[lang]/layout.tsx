import type { ReactNode } from "react";
import "../globals.css";
import { EditionDocument, editionViewport } from "../_edition/pages";
import { otherEditionParams } from "../_edition/params";

export const viewport = editionViewport;

/** Only the editions in content/editions/; any other first segment is a 404. */
export const dynamicParams = false;
export const generateStaticParams = otherEditionParams;

/** Every edition but the reference one: `/ar`, `/fr` and their embeds. */
export default async function EditionLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return <EditionDocument lang={lang}>{children}</EditionDocument>;
}
