import { REFERENCE_EDITION } from "@/content/routes";
import { storyMetadata } from "../_edition/metadata";
import { StoryPage } from "../_edition/pages";

export const metadata = storyMetadata(REFERENCE_EDITION);

export default function ReferenceStoryPage() {
  return <StoryPage lang={REFERENCE_EDITION} />;
}
