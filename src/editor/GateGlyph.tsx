// How a placed gate looks in the editor: boxes, control dots, ⊕ and × over its span of wires. A
// noise channel is a pale box with a dashed border and dark text, so it never reads as a gate.
import { GATES, isGateName } from '../../workers/sim/gates';
import { isChannelName, specOf } from '../experiment/circuit/channelCatalog';
import { QUANTUM } from '../charts/palette';
import type { PlacedGate } from '../experiment/circuit';
import { CELL } from './geometry';
import { bindingLines, bindingText, boxSymbol, channelLine } from './gateText';
import type { GateValues } from './trainedValues';

const INK = '#1f2937';
const FILL = { fixed: '#1f3a93', param: QUANTUM, feature: '#0f766e' };
/** A channel's box: pale grey, dashed dark-grey border; its text is INK (13:1 on the fill). */
const CHANNEL = { fill: '#eef0f3', stroke: '#4b5563', text: INK } as const;
const BOX = 44;

interface Props {
  gate: PlacedGate;
  /** Topmost wire of the gate's span. */
  top: number;
  /** Wires in the span. */
  rows: number;
  /** Current values behind this gate's angles (initial draws, then trained), if known. */
  values?: GateValues;
  selected?: boolean;
}

export function GateGlyph({ gate: g, top, rows, values, selected }: Props) {
  const info = specOf(g.gate);
  const named = g.targets.slice(0, info.namedControls);
  const base = g.targets.slice(info.namedControls);
  const controls = [
    ...named.map((q) => ({ q, state: 1 as const })),
    ...(g.controls ?? []).map((q, k) => ({
      q,
      state: g.controlStates?.[k] === 0 ? (0 as const) : (1 as const),
    })),
  ];
  const y = (q: number): number => (q - top + 0.5) * CELL;
  const x = CELL / 2;
  const all = [...controls.map((c) => c.q), ...base];
  const params = g.params ?? [];
  const role = params.some((b) => b.kind === 'feature')
    ? 'feature'
    : params.some((b) => b.kind === 'param')
      ? 'param'
      : 'fixed';
  const first = values?.reps[0];
  const channel = isChannelName(g.gate);
  const pLine = channelLine(g);
  // One angle: its text, a feature binding on two lines; several (U3): one shortened line.
  const lines = pLine
    ? [pLine]
    : params.length === 1
      ? bindingLines(params[0]!, first?.[0])
      : params.length > 1
        ? [params.map((b, i) => bindingText(b, first?.[i])).join(', ')]
        : [];
  const trainable = params.some((b) => b.kind !== 'const');
  const repeated = trainable && values && !values.shared && values.count > 1 ? values.count : 0;
  const controlled = controls.length > 0;
  const shape =
    g.gate === 'SWAP'
      ? 'swap'
      : controlled && isGateName(g.gate) && GATES[g.gate].kernel === 'x1'
        ? 'xor'
        : controlled && (g.gate === 'CZ' || g.gate === 'Z')
          ? 'dot'
          : 'box';
  const adjacentPair = info.baseQubits === 2 && Math.abs((base[0] ?? 0) - (base[1] ?? 0)) === 1;
  const boxes: [number, number][] =
    shape !== 'box'
      ? []
      : adjacentPair
        ? [[Math.min(...base), Math.max(...base)]]
        : base.map((q) => [q, q]);

  return (
    <svg
      width={CELL}
      height={rows * CELL}
      aria-hidden="true"
      style={{ display: 'block', overflow: 'visible' }}
    >
      {selected && (
        <rect
          x={2}
          y={2}
          width={CELL - 4}
          height={rows * CELL - 4}
          rx={8}
          fill="none"
          stroke="#f59e0b"
          strokeWidth={3}
        />
      )}
      {all.length > 1 && (
        <line
          x1={x}
          x2={x}
          y1={y(Math.min(...all))}
          y2={y(Math.max(...all))}
          stroke={INK}
          strokeWidth={2}
        />
      )}
      {controls.map((c) => (
        <circle
          key={`c${c.q}`}
          cx={x}
          cy={y(c.q)}
          r={7}
          fill={c.state ? INK : '#fff'}
          stroke={INK}
          strokeWidth={2}
        />
      ))}
      {shape === 'xor' &&
        base.map((q) => (
          <g key={q} stroke={INK} strokeWidth={2}>
            <circle cx={x} cy={y(q)} r={15} fill="#fff" />
            <line x1={x - 15} x2={x + 15} y1={y(q)} y2={y(q)} />
            <line x1={x} x2={x} y1={y(q) - 15} y2={y(q) + 15} />
          </g>
        ))}
      {shape === 'dot' && base.map((q) => <circle key={q} cx={x} cy={y(q)} r={7} fill={INK} />)}
      {shape === 'swap' &&
        base.map((q) => (
          <path
            key={q}
            d={`M${x - 9},${y(q) - 9}L${x + 9},${y(q) + 9}M${x - 9},${y(q) + 9}L${x + 9},${y(q) - 9}`}
            stroke={INK}
            strokeWidth={2.5}
          />
        ))}
      {boxes.map(([a, b]) => {
        const top0 = y(a) - BOX / 2;
        const h = y(b) - y(a) + BOX;
        const mid = top0 + h / 2;
        return (
          <g key={a}>
            <rect
              x={x - BOX / 2 - 4}
              y={top0}
              width={BOX + 8}
              height={h}
              rx={6}
              fill={channel ? CHANNEL.fill : FILL[role]}
              {...(channel && {
                stroke: CHANNEL.stroke,
                strokeWidth: 2,
                strokeDasharray: '5 3',
              })}
            />
            <text
              x={x}
              y={mid - 5 * lines.length}
              textAnchor="middle"
              dominantBaseline="central"
              fill={channel ? CHANNEL.text : '#fff'}
              fontSize={15}
              fontWeight={700}
            >
              {boxSymbol(g.gate)}
            </text>
            {lines.map((line, k) => (
              <text
                key={k}
                x={x}
                y={mid + 4 - 5 * lines.length + 11 * (k + 1)}
                textAnchor="middle"
                dominantBaseline="central"
                fill={channel ? CHANNEL.text : '#fff'}
                fontSize={channel ? 11 : 10}
                fontWeight={channel ? 600 : 400}
              >
                {line.length > 12 ? `${line.slice(0, 11)}…` : line}
              </text>
            ))}
          </g>
        );
      })}
      {repeated > 0 && boxes.length > 0 && (
        <g>
          <rect x={CELL - 25} y={0} width={24} height={12} rx={6} fill="#fff" stroke={INK} />
          <text
            x={CELL - 13}
            y={6.5}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={9}
            fill={INK}
          >
            1/{repeated}
          </text>
        </g>
      )}
    </svg>
  );
}
