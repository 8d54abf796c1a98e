import { wrapText } from "@/geo/labelLayout";

/** The map labels' font and wrapping, as the stylesheet sets them on the map container. */
export interface LabelMetrics {
  font: string;
  maxWidth: number;
  lineHeight: number;
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** A string's width in pixels in a CSS font, measured on a canvas (no layout involved). */
export function textWidth(text: string, font: string): number {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * 8;
  measureContext.font = font;
  return Math.ceil(measureContext.measureText(text).width) + 2;
}

/**
 * A label's lines, broken to fit the labels' width, and the box they take in pixels. The map
 * draws the label with exactly these line breaks, so the box is the rendered one.
 */
export function labelSize(text: string, { font, maxWidth, lineHeight }: LabelMetrics): { width: number; height: number; lines: string[] } {
  const wrapped = wrapText(text, maxWidth, (s) => textWidth(s, font));
  return { width: wrapped.width, height: wrapped.lines.length * lineHeight, lines: wrapped.lines };
}

/** The metrics of a label variant (`note`, `river`…), from its own `--map-label-font-<variant>` when it has one. */
export function labelMetrics(container: HTMLElement, variant?: string): LabelMetrics {
  const style = getComputedStyle(container);
  const px = (name: string, fallback: number) => parseFloat(style.getPropertyValue(name)) || fallback;
  const font = (variant && style.getPropertyValue(`--map-label-font-${variant}`).trim()) || style.getPropertyValue("--map-label-font").trim();
  return {
    font: font || "600 13px sans-serif",
    maxWidth: px("--map-label-max-width", 176),
    lineHeight: px("--map-label-line-height", 16),
  };
}
