// The numbers behind one trainable angle, for every repetition of its block: "θ1 = 0.520 rad" or
// "0.83·x1 − 0.12 (w1 = 0.830, b1 = −0.120)". Initial draws before training, trained values after.
import { featureName } from '../experiment/circuit/names';
import { featureText, num } from './gateText';
import type { TrainedAngle } from './trainedValues';

interface Props {
  /** values[r]: repetition r + 1 (one entry when the block shares its parameters or there is none). */
  values: readonly TrainedAngle[];
  /** Repetitions sharing the one set of values (0 or 1: not a shared block). */
  sharedBy: number;
}

const num3 = (v: number): string => num(v, 3);

function valueText(v: TrainedAngle): string {
  switch (v.kind) {
    case 'const':
      return `${num3(v.value)} rad`;
    case 'param':
      return Number.isFinite(v.value)
        ? `${v.name} = ${num3(v.value)} rad`
        : `${v.name}: not known yet`;
    case 'feature':
      return Number.isFinite(v.weight) && Number.isFinite(v.bias)
        ? `${featureText(v.weight, v.feature, v.bias)} (${v.weightName} = ${num3(v.weight)}, ${v.biasName} = ${num3(v.bias)})`
        : `${v.weightName}·${featureName(v.feature)} + ${v.biasName}: not known yet`;
  }
}

export function AngleValues({ values, sharedBy }: Props) {
  if (values.length === 1) {
    return (
      <p className="angle-values">
        Now: {valueText(values[0]!)}
        {sharedBy > 1 && `, shared by all ${sharedBy} repetitions`}
      </p>
    );
  }
  return (
    <table className="angle-values">
      <caption>Now, in each repetition (the circuit draws repetition 1)</caption>
      <tbody>
        {values.map((v, r) => (
          <tr key={r}>
            <th scope="row">{r + 1}</th>
            <td>{valueText(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
