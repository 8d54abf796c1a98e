/**
 * The inline markup chapter paragraphs may use: `*emphasis*` and `[link text](href)`.
 * Anything else is plain text. Kept this small on purpose: editors write prose, not HTML.
 */
export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "em"; text: string }
  | { kind: "link"; text: string; href: string };

const TOKEN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: source.slice(last, index) });
    if (match[1] !== undefined) tokens.push({ kind: "em", text: match[1] });
    else tokens.push({ kind: "link", text: match[2]!, href: match[3]! });
    last = index + match[0].length;
  }
  if (last < source.length) tokens.push({ kind: "text", text: source.slice(last) });
  return tokens;
}

/** A link may go to another chapter of the story (`#chapter-id`) or to an https page. */
export function linkProblem(href: string, chapterIds: ReadonlySet<string>): string | null {
  if (href.startsWith("#")) {
    return chapterIds.has(href.slice(1)) ? null : `links to "${href}", which is no chapter of this story`;
  }
  try {
    const url = new URL(href);
    return url.protocol === "https:" ? null : `link "${href}" must use https`;
  } catch {
    return `link "${href}" is not a valid URL`;
  }
}
