/**
 * The parts of the story page that the server prints once and the browser keeps as printed
 * (Prerendered.tsx), named `<lang>/<part>` or `<lang>/chapter/<chapter id>`.
 */
export type StoryPart = "sources" | "static-map" | "locator";
export type PartKey = `${string}/${StoryPart}` | `${string}/chapter/${string}`;

export function partKey(lang: string, part: StoryPart): PartKey {
  return `${lang}/${part}`;
}

export function chapterPartKey(lang: string, chapterId: string): PartKey {
  return `${lang}/chapter/${chapterId}`;
}

export type ParsedPart = { lang: string; part: StoryPart } | { lang: string; part: "chapter"; chapterId: string };

const PART = /^([a-z]{2,3})\/(?:(sources|static-map|locator)|chapter\/([a-z0-9-]+))$/;

export function parsePartKey(key: string): ParsedPart {
  const match = PART.exec(key);
  if (!match) throw new Error(`Not a part of the story page: "${key}" (expected <lang>/<part> or <lang>/chapter/<id>)`);
  const [, lang, part, chapterId] = match as unknown as [string, string, StoryPart | undefined, string | undefined];
  return part ? { lang, part } : { lang, part: "chapter", chapterId: chapterId! };
}
