import type { ReactNode } from "react";
import type { Viewport } from "next";
import "../globals.css";
import { EditionDocument } from "../_edition/pages";
import { REFERENCE_EDITION } from "@/content/routes";

/** Page zoom stays enabled: no maximum-scale, no user-scalable=no. */
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#f7f5f0" };

/** The reference edition (English), at the site's root: `/` and `/embed`. */
export default function ReferenceLayout({ children }: { children: ReactNode }) {
  return <EditionDocument lang={REFERENCE_EDITION}>{children}</EditionDocument>;
}
