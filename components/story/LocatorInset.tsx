import type { LocatorMap } from "@/geo/locator";

/** Where Baghdad is, for readers who do not know: Iraq and its neighbours, from Natural Earth. */
export function LocatorInset({ map, city }: { map: LocatorMap; city: string }) {
  return (
    <figure className="locator-inset">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={`Locator map: ${city} in central Iraq`}>
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
      <figcaption className="visually-hidden">Iraq, with {city} marked</figcaption>
    </figure>
  );
}
