import { embedMetadata } from "../../_edition/metadata";
import { EmbedPage } from "../../_edition/pages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return embedMetadata((await params).lang);
}

export default async function EditionEmbedPage({ params }: Props) {
  return <EmbedPage lang={(await params).lang} />;
}
