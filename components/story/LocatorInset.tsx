import type { LocatorMap } from "@/geo/locator";
import { fillIn, type UiText } from "@/content/ui";

/**
 * Where Baghdad is, for readers who do not know: Iraq and its neighbours, from Natural Earth.
 * The contents of `figure.locator-inset`, printed by Prerendered.
 */
export function LocatorInset({ map, ui }: { map: LocatorMap; ui: Pick<UiText, "city" | "locatorLabel" | "locatorCaption"> }) {
  const city = ui.city;
  return (
    <>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={fillIn(ui.locatorLabel, { city })}>
        {map.shapes
          .filter((s) => !s.focus)
          .map((shape) => (
            <path key={shape.name} d={shape.d} className="locator-inset__country" />
          ))}
        {map.shapes
          .filter((s) => s.focus)
          .map((shape) => (
            <path key={shape.name} d={shape.d} className="locator-inset__focus" />
          ))}
        <circle cx={map.marker.x} cy={map.marker.y} r={4} className="locator-inset__city" />
        <text x={map.marker.x + 7} y={map.marker.y + 4} className="locator-inset__label">
          {city}
        </text>
      </svg>
      <figcaption className="visually-hidden">{fillIn(ui.locatorCaption, { city })}</figcaption>
    </>
  );
}
