// A traffic solution drawn as what it is: the road map, each car's chosen route in its own colour
// (shifted sideways so that shared roads show every car), and the cars on each busy road.
import { useId } from 'react';
import { Downloadable } from '../../charts/Downloadable';
import { FONT_FAMILY, FONT_SIZE, INK, classColor } from '../../charts/palette';
import type { Solution } from '../../../workers/protocol';
import { trafficCaption } from './captions';
import { chainRoute, chosenRoutes, offsetPath, roadLoads } from './trafficGeometry';
import type { Point, RoadMap } from './trafficGeometry';

interface Props {
  map: RoadMap;
  solution: Solution | null;
  label: string;
  width: number;
}

const MAX_SIZE = 480;
const PAD = 24;
/** Sideways distance between two cars' lines on a shared road (pixels). */
const LANE = 6;
const ROAD = '#d1d5db';

export function TrafficSolution({ map, solution, label, width }: Props) {
  // The caption under the picture says what it shows: it describes the picture.
  const captionId = useId();
  const id = useId();
  const size = Math.min(MAX_SIZE, width);
  const px = (v: number) => PAD + (v / 100) * (size - 2 * PAD);
  const at = (j: number): Point => {
    const p = map.junctions[j] ?? [50, 50];
    return [px(p[0]), px(p[1])];
  };
  const chosen = solution ? chosenRoutes(map, solution.bits) : map.cars.map(() => []);
  const loads = roadLoads(map, chosen);
  const cars = map.cars.length;
  const roadW = Math.max(12, cars * LANE + 8);

  // One polyline per chosen route; a route whose roads do not chain is drawn road by road.
  const lines = chosen.flatMap((routes, c) =>
    routes.flatMap((r) => {
      const offset = (c - (cars - 1) / 2) * LANE;
      const route = map.cars[c]?.routes[r] ?? [];
      const path = chainRoute(map.roads, route);
      const parts = path ? [path] : route.map((k) => map.roads[k] ?? [0, 0]);
      return parts.map((p, k) => ({ c, key: `${c}-${r}-${k}`, points: offsetPath(p, at, offset) }));
    }),
  );

  return (
    <figure className="qaoa-figure">
      <Downloadable label={label} style={{ maxWidth: '100%' }}>
        <svg
          role="img"
          aria-label={label}
          aria-describedby={captionId}
          width={size}
          height={size}
          className="qaoa-picture"
        >
          <defs>
            {map.cars.map((_, c) => (
              <marker
                key={c}
                id={`${id}-end-${c}`}
                viewBox="0 0 10 10"
                refX={6}
                refY={5}
                markerWidth={4}
                markerHeight={4}
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill={classColor(c)} />
              </marker>
            ))}
          </defs>
          <g fontFamily={FONT_FAMILY} fontSize={FONT_SIZE}>
            {map.roads.map(([a, b], k) => (
              <line
                key={k}
                x1={at(a)[0]}
                y1={at(a)[1]}
                x2={at(b)[0]}
                y2={at(b)[1]}
                stroke={ROAD}
                strokeWidth={roadW}
                strokeLinecap="round"
              />
            ))}
            {map.junctions.map((_, j) => (
              <circle
                key={j}
                cx={at(j)[0]}
                cy={at(j)[1]}
                r={4}
                fill="#ffffff"
                stroke="#6b7280"
                strokeWidth={2}
              />
            ))}
            {lines.map((l) => (
              <polyline
                key={l.key}
                points={l.points.map((p) => p.join(',')).join(' ')}
                fill="none"
                stroke={classColor(l.c)}
                strokeWidth={4}
                strokeLinejoin="round"
                strokeLinecap="round"
                markerEnd={`url(#${id}-end-${l.c})`}
              />
            ))}
            {lines.map((l) => {
              const p = l.points[0];
              return p ? (
                <circle
                  key={l.key}
                  cx={p[0]}
                  cy={p[1]}
                  r={6}
                  fill={classColor(l.c)}
                  stroke="#ffffff"
                  strokeWidth={1.5}
                />
              ) : null;
            })}
            {map.roads.map(([a, b], k) =>
              (loads[k] ?? 0) > 1 ? (
                <g
                  key={k}
                  transform={`translate(${(at(a)[0] + at(b)[0]) / 2},${(at(a)[1] + at(b)[1]) / 2})`}
                >
                  <circle r={12} fill={INK} stroke="#ffffff" strokeWidth={2} />
                  <text dy="0.35em" textAnchor="middle" fill="#ffffff" fontWeight={700}>
                    {loads[k]}
                  </text>
                </g>
              ) : null,
            )}
          </g>
        </svg>
      </Downloadable>
      <ul className="qaoa-legend" aria-label="Cars">
        {map.cars.map((car, c) => (
          <li key={c}>
            <span className="qaoa-swatch-line" style={{ background: classColor(c) }} /> {car.name}
            {solution && chosen[c]?.length === 1 ? `: route ${(chosen[c]?.[0] ?? 0) + 1}` : ''}
          </li>
        ))}
        <li>
          <span className="qaoa-route-key" aria-hidden="true">
            ●⟶
          </span>
          from start to destination
        </li>
        <li>
          <span className="qaoa-badge">2</span> cars on one road
        </li>
      </ul>
      <figcaption id={captionId} className="qaoa-caption">
        {trafficCaption(map, solution)}
      </figcaption>
    </figure>
  );
}
