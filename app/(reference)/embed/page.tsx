import { REFERENCE_EDITION } from "@/content/routes";
import { embedMetadata } from "../../_edition/metadata";
import { EmbedPage } from "../../_edition/pages";

export const metadata = embedMetadata(REFERENCE_EDITION);

export default function ReferenceEmbedPage() {
  return <EmbedPage lang={REFERENCE_EDITION} />;
}
