import type { Chapter, Source } from "@/content/schema";
import { parseInline } from "@/content/inline";
import type { UiText } from "@/content/ui";

function Paragraph({ source }: { source: string }) {
  return (
    <p>
      {parseInline(source).map((token, i) =>
        token.kind === "em" ? (
          <em key={i}>{token.text}</em>
        ) : token.kind === "link" ? (
          <a key={i} href={token.href}>
            {token.text}
          </a>
        ) : (
          token.text
        ),
      )}
    </p>
  );
}

/**
 * A chapter's text, inside its card (`article.chapter__card`, labelled by the title's id,
 * `<chapter id>-title`), printed by the server (Prerendered) so it is in the HTML and readable
 * without JavaScript.
 */
export function ChapterText({
  chapter,
  number,
  total,
  sources,
  ui,
  locale,
}: {
  chapter: Chapter;
  number: number;
  total: number;
  sources: ReadonlyMap<string, Source>;
  ui: Pick<UiText, "chapterWord" | "ofWord" | "sourcesLabel">;
  /** The edition's locale: chapter numbers in its digits. */
  locale: string;
}) {
  const format = new Intl.NumberFormat(locale).format;
  return (
    <>
      <p className="chapter__meta">
        <span className="chapter__number">
          <span className="visually-hidden">{ui.chapterWord} </span>
          {format(number)}
          <span aria-hidden="true">/</span>
          <span className="visually-hidden"> {ui.ofWord} </span>
          {format(total)}
        </span>
        {chapter.time && <span className="chapter__time">{chapter.time}</span>}
      </p>
      <h2 id={`${chapter.id}-title`} className="chapter__title">
        {chapter.title}
      </h2>
      {chapter.body.map((paragraph, i) => (
        <Paragraph key={i} source={paragraph} />
      ))}
      <p className="chapter__sources">
        {ui.sourcesLabel}{" "}
        {chapter.sources.map((id, i) => (
          <span key={id}>
            {i > 0 && "; "}
            <a href={`#source-${id}`}>{sources.get(id)!.publisher}</a>
          </span>
        ))}
      </p>
    </>
  );
}
