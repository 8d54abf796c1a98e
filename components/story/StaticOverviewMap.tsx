import type { StaticOverview } from "@/content/load";
import type { PlacedStaticLabel, StaticMapView } from "@/geo/staticLabels";

const GEOMETRY_ID = "static-map-geometry";

/**
 * The story's places on a static map, drawn at build time. It sits under the interactive
 * map, which covers it once loaded; without JavaScript, and in print, it is the map.
 *
 * The geometry is drawn once and each view shows it (`<use>`) with its own framing and its
 * own labels, laid out for a range of widths (content/staticMapViews.ts); the stylesheet
 * shows the one for the reader's width, so the labels are as large as the interactive
 * map's and never overlap. The contents of `figure.static-map`, printed by Prerendered.
 */
export function StaticOverviewMap({ overview, title, caption }: { overview: StaticOverview; title: string; caption: string }) {
  const { map, views } = overview;
  return (
    <>
      <svg className="static-map__defs" aria-hidden="true" focusable="false">
        <defs>
          <g id={GEOMETRY_ID}>
            {map.layers.map((layer) => (
              <path key={layer.className} className={layer.className} d={layer.d} />
            ))}
            {map.places
              .filter((place) => place.approximate)
              .map((place) => (
                <circle key={place.id} className="static-map__area" data-place={place.id} cx={place.x} cy={place.y} r={place.r} />
              ))}
          </g>
        </defs>
      </svg>
      {views.map((view) => (
        <StaticMapViewSvg key={view.name} view={view} overview={overview} title={title} />
      ))}
      <figcaption className="static-map__caption">{caption}</figcaption>
    </>
  );
}

function StaticMapViewSvg({ view, overview, title }: { view: StaticMapView; overview: StaticOverview; title: string }) {
  const titleId = `static-map-title-${view.name}`;
  return (
    <svg
      className={`static-map__view static-map__view--${view.name}`}
      viewBox={view.viewBox.join(" ")}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <use href={`#${GEOMETRY_ID}`} />
      <g strokeWidth={view.dotHaloWidth}>
        {overview.map.places
          .filter((place) => !place.approximate)
          .map((place) => (
            <circle key={place.id} className="static-map__place" data-place={place.id} cx={place.x} cy={place.y} r={view.dotRadius} />
          ))}
      </g>
      <g fontSize={view.fontSize} strokeWidth={view.haloWidth}>
        {view.labels.map((label) => (
          <StaticMapLabel key={label.id} label={label} stretch={!overview.exactWidths} />
        ))}
      </g>
    </svg>
  );
}

/**
 * A label, each line centred on the middle of the box the layout gave it, which holds in
 * either writing direction. Where the widths are estimates, each line is set to exactly its
 * width (`textLength`, default `lengthAdjust` "spacing"), so whatever font the reader has,
 * the text fills the box the layout kept clear for it, and no more. Where they were measured
 * in the very face (Arabic), the text is drawn as it comes: spacing would break its joins.
 */
function StaticMapLabel({ label, stretch }: { label: PlacedStaticLabel; stretch: boolean }) {
  const className = label.variant ? `static-map__label static-map__label--${label.variant}` : "static-map__label";
  const placed = (line: PlacedStaticLabel["lines"][number]) => ({
    x: Math.round((line.x + line.width / 2) * 10) / 10,
    y: line.y,
    textLength: stretch ? line.width : undefined,
  });
  const [only] = label.lines;
  if (label.lines.length === 1 && only) {
    return (
      <text className={className} data-place={label.id} textAnchor="middle" {...placed(only)}>
        {only.text}
      </text>
    );
  }
  return (
    <text className={className} data-place={label.id} textAnchor="middle">
      {label.lines.map((line) => (
        <tspan key={line.text} {...placed(line)}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}
