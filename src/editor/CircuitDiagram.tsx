// A read-only drawing of a circuit: one wire per qubit (qubit 0 on top), operations packed in columns.
import { useMemo } from 'react';
import type { Circuit } from '../../workers/sim';
import { GATES } from '../../workers/sim/gates';
import { layoutCircuit, textWidth } from '../charts/circuitLayout';
import { Downloadable } from '../charts/Downloadable';
import type { OpLayout } from '../charts/circuitLayout';
import { FONT_FAMILY, INK, MONO_FAMILY, QUANTUM } from '../charts/palette';

interface Props {
  circuit: Circuit;
  /** Accessible name; by default "Circuit on n qubits, m operations". */
  label?: string;
  /** Current value of each gate angle, in op order; shown next to trainable parameters. */
  values?: Float64Array;
  /** Pixels; a wider circuit scrolls sideways. Defaults to the container width. */
  maxWidth?: number;
  /** Offers the drawing as a download (off for the rows of a wrapped drawing, offered whole). */
  download?: boolean;
}

const WIRE_GAP = 64;
const TOP = 38;
const LEFT = 58;
const RIGHT = 22;
const GAP = 18;
const MIN_COLUMN = 44;
const SYMBOL_SIZE = 18;
const BINDING_SIZE = 13;
const HALF_BOX = 21;
const DOT = 7;
const OPLUS = 15;
const CROSS = 9;
const WIRE = '#1f2937';
/** Fixed gates, trainable gates and data-encoding gates get distinct fills. */
const FILL = { fixed: '#1f3a93', param: QUANTUM, feature: '#0f766e' };

export function CircuitDiagram({ circuit, label, values, maxWidth, download = true }: Props) {
  const ops = useMemo(() => layoutCircuit(circuit, values), [circuit, values]);
  const columns = ops.reduce((n, op) => Math.max(n, op.column + 1), 0);
  const widths = new Array<number>(columns).fill(MIN_COLUMN);
  for (const op of ops) widths[op.column] = Math.max(widths[op.column] ?? 0, boxWidth(op));
  const xs: number[] = [];
  let left = LEFT + GAP;
  for (const w of widths) {
    xs.push(left + w / 2);
    left += w + GAP;
  }
  const width = left + RIGHT;
  const height = TOP * 2 + WIRE_GAP * Math.max(0, circuit.qubits - 1);
  const y = (q: number) => TOP + q * WIRE_GAP;
  const n = circuit.qubits;
  const m = circuit.ops.length;
  const name =
    label ??
    `Circuit on ${n} ${n === 1 ? 'qubit' : 'qubits'}, ${m} ${m === 1 ? 'operation' : 'operations'}`;

  const drawing = (
    <div style={{ maxWidth: maxWidth ?? '100%', overflowX: 'auto', overflowY: 'hidden' }}>
      <svg
        className="circuit-diagram"
        role="img"
        aria-label={name}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ display: 'block' }}
        fontFamily={FONT_FAMILY}
      >
        {Array.from({ length: n }, (_, q) => (
          <g key={q}>
            <text
              x={LEFT - 14}
              y={y(q)}
              textAnchor="end"
              dominantBaseline="central"
              fontFamily={MONO_FAMILY}
              fontSize={18}
              fill={INK}
            >
              q{q}
            </text>
            <line x1={LEFT} x2={width - RIGHT} y1={y(q)} y2={y(q)} stroke={WIRE} strokeWidth={2} />
          </g>
        ))}
        {ops.map((op) => (
          <Op key={op.index} op={op} x={xs[op.column] ?? 0} y={y} tip={tooltip(circuit, op)} />
        ))}
      </svg>
    </div>
  );
  if (!download) return drawing;
  return (
    <Downloadable label={name} style={{ maxWidth: maxWidth ?? '100%' }}>
      {drawing}
    </Downloadable>
  );
}

function boxWidth(op: OpLayout): number {
  if (op.shape !== 'box' && op.shape !== 'box2') return MIN_COLUMN;
  return Math.max(
    MIN_COLUMN,
    textWidth(op.symbol, SYMBOL_SIZE) + 18,
    textWidth(op.binding, BINDING_SIZE) + 12,
  );
}

function tooltip(circuit: Circuit, op: OpLayout): string {
  const gate = circuit.ops[op.index]?.gate;
  const info = gate ? GATES[gate] : undefined;
  return info ? `${info.symbol}: ${info.description}` : (gate ?? '');
}

/**
 * Wire ranges of the boxes of an op: one per base qubit, except a two-qubit gate on neighbouring
 * wires, drawn as one tall box (a tall box over distant wires would hide the wires between).
 */
function boxes(op: OpLayout): [number, number][] {
  if (op.shape !== 'box' && op.shape !== 'box2') return [];
  const [a = 0, b = a] = op.base;
  if (op.shape === 'box2' && Math.abs(a - b) === 1) return [[Math.min(a, b), Math.max(a, b)]];
  return op.base.map((q) => [q, q]);
}

interface OpProps {
  op: OpLayout;
  x: number;
  y: (q: number) => number;
  tip: string;
}

function Op({ op, x, y, tip }: OpProps) {
  const w = boxWidth(op);
  const fill = FILL[op.role];
  return (
    <g>
      <title>{tip}</title>
      {op.top !== op.bottom && (
        <line x1={x} x2={x} y1={y(op.top)} y2={y(op.bottom)} stroke={WIRE} strokeWidth={2} />
      )}
      {op.controls.map((c) => (
        <circle
          key={`c${c.qubit}`}
          cx={x}
          cy={y(c.qubit)}
          r={DOT}
          fill={c.state === 1 ? WIRE : '#ffffff'}
          stroke={WIRE}
          strokeWidth={2}
        />
      ))}
      {op.shape === 'xor' &&
        op.base.map((q) => (
          <g key={q} stroke={WIRE} strokeWidth={2}>
            <circle cx={x} cy={y(q)} r={OPLUS} fill="#ffffff" />
            <line x1={x - OPLUS} x2={x + OPLUS} y1={y(q)} y2={y(q)} />
            <line x1={x} x2={x} y1={y(q) - OPLUS} y2={y(q) + OPLUS} />
          </g>
        ))}
      {op.shape === 'dot' &&
        op.base.map((q) => <circle key={q} cx={x} cy={y(q)} r={DOT} fill={WIRE} />)}
      {op.shape === 'swap' && (
        <g stroke={WIRE} strokeWidth={2.5} strokeLinecap="round">
          {op.base.map((q) => (
            <path
              key={q}
              d={`M${x - CROSS},${y(q) - CROSS}L${x + CROSS},${y(q) + CROSS}M${x - CROSS},${y(q) + CROSS}L${x + CROSS},${y(q) - CROSS}`}
            />
          ))}
        </g>
      )}
      {boxes(op).map(([from, to]) => {
        const top = y(from) - HALF_BOX - (op.binding ? 3 : 0);
        const bottom = y(to) + HALF_BOX + (op.binding ? 3 : 0);
        const mid = (top + bottom) / 2;
        return (
          <g key={from}>
            <rect x={x - w / 2} y={top} width={w} height={bottom - top} rx={6} fill={fill} />
            <text
              x={x}
              y={op.binding ? mid - 8 : mid}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={SYMBOL_SIZE}
              fontWeight={700}
              fill="#ffffff"
            >
              {op.symbol}
            </text>
            {op.binding && (
              <text
                x={x}
                y={mid + 11}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={BINDING_SIZE}
                fill="#ffffff"
              >
                {op.binding}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
