import type { ReactNode } from "react";
import "../globals.css";
import { EditionDocument, editionViewport } from "../_edition/pages";
import { REFERENCE_EDITION } from "@/content/routes";

export const viewport = editionViewport;

/** The reference edition (English), at the site's root: `/` and `/embed`. */
export default function ReferenceLayout({ children }: { children: ReactNode }) {
  return <EditionDocument lang={REFERENCE_EDITION}>{children}</EditionDocument>;
}
