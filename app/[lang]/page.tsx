import { storyMetadata } from "../_edition/metadata";
import { StoryPage } from "../_edition/pages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return storyMetadata((await params).lang);
}

export default async function EditionStoryPage({ params }: Props) {
  return <StoryPage lang={(await params).lang} />;
}
