/**
 * The messages between the story in its iframe and the page that embeds it. Every message
 * has a fixed, versioned shape; anything else is ignored. public/embed.js (the loader,
 * plain JavaScript) mirrors these rules: change both together, messages.test.ts checks it.
 */

export const MESSAGE_VERSION = 1;
/** Story → host: the story's full height, so the host can size the iframe to it. */
export const HEIGHT_MESSAGE = "baghdad-story:height";
/** Host → story: where the reader's viewport is, relative to the iframe's top. */
export const VIEWPORT_MESSAGE = "baghdad-story:viewport";
/** Story → host: scroll your page so that this offset in the iframe is at the top (an in-story link). */
export const SCROLL_MESSAGE = "baghdad-story:scroll";
/** No story is taller, and no viewport further away, than this many pixels. */
export const MAX_PIXELS = 100_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: typeof MESSAGE_VERSION;
  height: number;
}

export interface ViewportMessage {
  type: typeof VIEWPORT_MESSAGE;
  version: typeof MESSAGE_VERSION;
  top: number;
  height: number;
}

export interface ScrollMessage {
  type: typeof SCROLL_MESSAGE;
  version: typeof MESSAGE_VERSION;
  top: number;
}

/**
 * The reader's viewport seen from inside the iframe: `top` is the top of the host's
 * viewport relative to the iframe's top (negative while the iframe is still below it),
 * `height` the host viewport's height, both in CSS pixels.
 */
export interface HostViewport {
  top: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isEnvelope(data: unknown, type: string): data is Record<string, unknown> {
  return (
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data) &&
    (data as Record<string, unknown>).type === type &&
    (data as Record<string, unknown>).version === MESSAGE_VERSION
  );
}

/** The height a well-formed height message carries (rounded, 0 to MAX_PIXELS), or null. */
export function parseHeightMessage(data: unknown): number | null {
  if (!isEnvelope(data, HEIGHT_MESSAGE) || !isFiniteNumber(data.height)) return null;
  return Math.round(clamp(data.height, 0, MAX_PIXELS));
}

/** The viewport a well-formed viewport message carries (clamped), or null. */
export function parseViewportMessage(data: unknown): HostViewport | null {
  if (!isEnvelope(data, VIEWPORT_MESSAGE) || !isFiniteNumber(data.top) || !isFiniteNumber(data.height)) return null;
  return { top: clamp(data.top, -MAX_PIXELS, MAX_PIXELS), height: clamp(data.height, 0, MAX_PIXELS) };
}

/** The offset a well-formed scroll message carries (rounded, 0 to MAX_PIXELS), or null. */
export function parseScrollMessage(data: unknown): number | null {
  if (!isEnvelope(data, SCROLL_MESSAGE) || !isFiniteNumber(data.top)) return null;
  return Math.round(clamp(data.top, 0, MAX_PIXELS));
}

export function scrollMessage(top: number): ScrollMessage {
  return { type: SCROLL_MESSAGE, version: MESSAGE_VERSION, top: Math.round(clamp(top, 0, MAX_PIXELS)) };
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, version: MESSAGE_VERSION, height: Math.round(clamp(height, 0, MAX_PIXELS)) };
}

export function viewportMessage({ top, height }: HostViewport): ViewportMessage {
  return { type: VIEWPORT_MESSAGE, version: MESSAGE_VERSION, top, height };
}

/*
 * NPR's pym.js speaks strings: "pym" + id + type + payload, joined by "xPYMx", where the
 * id is the `childId` that pym.Parent puts in the iframe's URL. The child (us) sends
 * `height`; the parent sends `width` (answered with our height) and, with pym's
 * `trackscroll` option or on request (`parentPositionInfo`), `viewport-iframe-position`:
 * "viewportWidth viewportHeight iframeTop iframeLeft iframeBottom iframeRight".
 */
export const PYM_DELIMITER = "xPYMx";

export function pymMessage(childId: string, type: string, payload: string): string {
  return ["pym", childId, type, payload].join(PYM_DELIMITER);
}

/** A pym message addressed to `childId`, split into its type and payload; null otherwise. */
export function parsePymMessage(childId: string, data: unknown): { type: string; payload: string } | null {
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (typeof data !== "string" || !data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const end = rest.indexOf(PYM_DELIMITER);
  if (end <= 0) return null;
  const type = rest.slice(0, end);
  return /\s/.test(type) ? null : { type, payload: rest.slice(end + PYM_DELIMITER.length) };
}

/** The viewport in pym's `viewport-iframe-position` payload, or null if it is malformed. */
export function parsePymViewport(payload: string): HostViewport | null {
  const numbers = payload.trim().split(/\s+/).map(Number);
  if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return null;
  const [, height, iframeTop] = numbers as [number, number, number];
  return { top: clamp(-iframeTop, -MAX_PIXELS, MAX_PIXELS), height: clamp(height, 0, MAX_PIXELS) };
}
