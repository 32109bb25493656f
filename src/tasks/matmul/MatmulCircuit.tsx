// The subroutine's circuit, drawn as a small SVG: registers i, j, l of log2(n) qubits each; a box
// "load A" (amplitude encoding of A/‖A‖_F) on i, j; a box "U_B" (the block encoding of B) on j,
// l; the post-selection j = 0; then i and l are read.
import { CLASSICAL, MITIGATED, QUANTUM } from '../../charts/palette';

interface Props {
  /** Qubits per register: log2(n). */
  k: number;
}

const ROW = 30;
const TOP = 16;
const WIDTH = 330;

export function MatmulCircuit({ k }: Props) {
  const wires = 3 * k;
  const height = TOP * 2 + ROW * (wires - 1) + 10;
  const y = (w: number): number => TOP + w * ROW;
  const regs = ['i', 'j', 'l'];
  /** A box over wires from..to (inclusive) at x, with a label. */
  const box = (x: number, w: number, from: number, to: number, label: string, color: string) => (
    <g key={label}>
      <rect
        x={x}
        y={y(from) - 11}
        width={w}
        height={y(to) - y(from) + 22}
        rx={5}
        fill="#fff"
        stroke={color}
        strokeWidth={2}
      />
      <text
        x={x + w / 2}
        y={(y(from) + y(to)) / 2 + 5}
        textAnchor="middle"
        fontSize={14}
        fontWeight={600}
        fill={color}
      >
        {label}
      </text>
    </g>
  );
  return (
    <svg
      className="matmul-circuit"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Circuit: registers i, j, l of ${k} ${k === 1 ? 'qubit' : 'qubits'} each; load A on i and j, U_B on j and l, keep the runs with j = 0, read i and l.`}
    >
      {Array.from({ length: wires }, (_, w) => {
        const reg = regs[Math.floor(w / k)]!;
        const bit = w % k;
        return (
          <g key={w}>
            <text x={2} y={y(w) + 5} fontSize={13} fill="#1f2937">
              {k === 1 ? reg : `${reg}${bit}`}: |0⟩
            </text>
            <line x1={48} x2={WIDTH - 4} y1={y(w)} y2={y(w)} stroke="#6b7280" strokeWidth={1.5} />
          </g>
        );
      })}
      {box(54, 72, 0, 2 * k - 1, 'load A', MITIGATED)}
      {box(136, 52, k, 3 * k - 1, 'U_B', QUANTUM)}
      {box(198, 60, k, 2 * k - 1, 'j = 0 ?', CLASSICAL)}
      {box(268, 56, 0, k - 1, 'read i', '#374151')}
      {box(268, 56, 2 * k, 3 * k - 1, 'read l', '#374151')}
    </svg>
  );
}
