import type { StaticMap } from "@/geo/staticMap";

/**
 * The story's places on a static map, drawn at build time. It sits under the interactive
 * map, which covers it once loaded; without JavaScript, and in print, it is the map.
 */
export function StaticOverviewMap({ map, title }: { map: StaticMap; title: string }) {
  return (
    <figure className="static-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby="static-map-title" preserveAspectRatio="xMidYMid meet">
        <title id="static-map-title">{title}</title>
        {map.layers.map((layer) => (
          <path key={layer.className} className={layer.className} d={layer.d} />
        ))}
        {map.places.map((place) =>
          place.approximate ? (
            <circle key={place.id} className="static-map__area" cx={place.x} cy={place.y} r={place.r} />
          ) : (
            <circle key={place.id} className="static-map__place" cx={place.x} cy={place.y} r={place.r} />
          ),
        )}
        {map.places.map((place) => {
          // Labels run towards the middle of the map, so none is cut at its edge.
          const leftward = place.x > map.width * 0.55;
          const gap = place.approximate ? place.r + 4 : 8;
          return (
            <text
              key={place.id}
              className="static-map__label"
              x={leftward ? place.x - gap : place.x + gap}
              y={place.y + 4}
              textAnchor={leftward ? "end" : "start"}
            >
              {place.label}
            </text>
          );
        })}
      </svg>
      <figcaption className="static-map__caption">
        Overview of the story&apos;s places. Dashed circles are approximate locations; the dotted line is the
        schematic flight path.
      </figcaption>
    </figure>
  );
}
