// Legend of the amplitude colours: a colour wheel with hue = phase, 0° to the right, 90° at the top.
import { FONT_FAMILY, INK } from '../../charts/palette';
import { phaseColor } from './stateFormat';

/** Wedges around the wheel; enough for the hue to look continuous. */
const WEDGES = 72;
const R = 24;
const HOLE = 9;
/** Room for the degree labels around the wheel. */
const PAD_X = 42;
const PAD_Y = 22;
const FONT = 13;

const WIDTH = 2 * (R + PAD_X);
const HEIGHT = 2 * (R + PAD_Y);

/** Point at `deg` (counter-clockwise from the right, as on the complex plane) and radius `r`. */
function at(deg: number, r: number): string {
  const a = (deg * Math.PI) / 180;
  return `${(WIDTH / 2 + r * Math.cos(a)).toFixed(2)} ${(HEIGHT / 2 - r * Math.sin(a)).toFixed(2)}`;
}

const wedges = Array.from({ length: WEDGES }, (_, k) => {
  const step = 360 / WEDGES;
  const a0 = (k - 0.5) * step;
  const a1 = (k + 0.55) * step; // a hair of overlap hides seams between wedges
  return {
    d: `M${at(a0, HOLE)} L${at(a0, R)} A${R} ${R} 0 0 0 ${at(a1, R)} L${at(a1, HOLE)} A${HOLE} ${HOLE} 0 0 1 ${at(a0, HOLE)}Z`,
    fill: phaseColor(k * step),
  };
});

const LABELS = [
  { deg: 0, text: '0°', x: WIDTH / 2 + R + 5, y: HEIGHT / 2, anchor: 'start' },
  { deg: 90, text: '90°', x: WIDTH / 2, y: PAD_Y / 2, anchor: 'middle' },
  { deg: 180, text: '180°', x: WIDTH / 2 - R - 5, y: HEIGHT / 2, anchor: 'end' },
  { deg: -90, text: '−90°', x: WIDTH / 2, y: HEIGHT - PAD_Y / 2, anchor: 'middle' },
] as const;

export function PhaseWheel() {
  return (
    <svg
      role="img"
      aria-label="Phase colours: red 0°, yellow-green 90°, cyan 180°, violet −90°"
      width={WIDTH}
      height={HEIGHT}
      style={{ display: 'block' }}
    >
      {wedges.map((w, k) => (
        <path key={k} d={w.d} fill={w.fill} />
      ))}
      <g fontFamily={FONT_FAMILY} fontSize={FONT} fill={INK} dominantBaseline="central">
        {LABELS.map((l) => (
          <text key={l.deg} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
