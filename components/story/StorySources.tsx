import type { Story } from "@/content/schema";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Sources of the facts, and credits for the map data with their licences. It follows the
 * last chapter, so it is a reading edge (see useActiveChapter).
 */
export function StorySources({ story }: { story: Story }) {
  return (
    <footer className="story__sources" data-reading-edge="">
      <h2 id="sources">Sources</h2>
      <ul>
        {story.meta.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <cite>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</cite>, {source.publisher},{" "}
            <time dateTime={source.date}>{dateFormat.format(new Date(source.date))}</time>.
            {source.note && <> {source.note}</>}
          </li>
        ))}
      </ul>
      <h2 id="credits">Map data and credits</h2>
      <ul>
        {story.meta.mapCredits.map((credit) => (
          <li key={credit.text}>
            {credit.text}
            {credit.licence && <> ({credit.licence})</>}.
          </li>
        ))}
        <li>
          The river&apos;s width, the bridges&apos; axes and the Green Zone&apos;s outline are schematic: drawn from
          sourced points, not surveyed. Places known only roughly are shown as circles of their uncertainty.
        </li>
        <li>Map rendered with Leaflet (BSD-2-Clause).</li>
      </ul>
    </footer>
  );
}
