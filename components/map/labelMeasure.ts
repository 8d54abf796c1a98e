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

/** A label's box in pixels, wrapped as the browser wraps it. */
export function labelSize(text: string, { font, maxWidth, lineHeight }: LabelMetrics): { width: number; height: number } {
  const { width, lines } = wrapText(text, maxWidth, (s) => textWidth(s, font));
  return { width, height: lines * lineHeight };
}

export function labelMetrics(container: HTMLElement): LabelMetrics {
  const style = getComputedStyle(container);
  const px = (name: string, fallback: number) => parseFloat(style.getPropertyValue(name)) || fallback;
  return {
    font: style.getPropertyValue("--map-label-font").trim() || "600 13px sans-serif",
    maxWidth: px("--map-label-max-width", 176),
    lineHeight: px("--map-label-line-height", 16),
  };
}
