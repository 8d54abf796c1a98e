import type { Story } from "@/content/schema";

import type { UiText } from "@/content/ui";
import { longDate } from "./dates";

/**
 * Sources of the facts, and credits for the map data with their licences: the contents of the
 * story's footer (`footer.story__sources`, printed by Prerendered).
 */
export function StorySources({ story, ui, locale }: { story: Story; ui: UiText; locale: string }) {
  const dateFormat = longDate(locale);
  return (
    <>
      <h2 id="sources">{ui.sourcesHeading}</h2>
      <ul>
        {story.meta.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <cite>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</cite>, {source.publisher},{" "}
            <time dateTime={source.date}>{dateFormat.format(new Date(source.date))}</time>.
            {source.note && <> {source.note}</>}
          </li>
        ))}
      </ul>
      <h2 id="credits">{ui.creditsHeading}</h2>
      <ul>
        {story.meta.mapCredits.map((credit) => (
          <li key={credit.text}>
            {credit.text}
            {credit.licence && <> ({credit.licence})</>}.
          </li>
        ))}
        <li>{ui.schematicNote}</li>
        <li>{ui.leafletCredit}</li>
      </ul>
    </>
  );
}
