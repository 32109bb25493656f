// The matrix-multiplication results: the success probability of the post-selection, the
// classical product AB, and per entry the post-selected amplitude beside (AB)_il/(‖A‖_F‖B‖_F)
// and their difference; with shots, the estimated |(AB)_il| and its error against the exact
// value, with the error the formula expects and the shots a target precision needs.
import { QUANTUM } from '../../charts/palette';
import { formatCount } from '../../experiment/formatCount';
import { Figure } from '../../panels/Figure';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import type { MatmulEstimate, MatmulInfo } from '../../../workers/protocol';
import { MatrixView } from './MatrixView';
import { formatEntry, formatShort, formatTiny, matmulInfo } from './matmulRun';
import './matmul.css';

const percent = (v: number | null): string => (v === null ? '–' : `${(100 * v).toFixed(1)} %`);

/** ‖AB‖_F²/(‖A‖_F²‖B‖_F²), from the classical product. */
function formulaP(info: MatmulInfo): number {
  const s = info.product.reduce((t, v) => t + v * v, 0);
  return s / (info.normA * info.normA * info.normB * info.normB);
}

function EntryTable({ info, est }: { info: MatmulInfo; est: MatmulEstimate | null }) {
  const n = info.n;
  return (
    <div className="matmul-table-wrap">
      <p className="hint">
        Per entry (i, l): the product, the amplitude ⟨i, 0, l|ψ⟩ after the post-selection, what it
        should be, their difference{est ? ', and the estimate from shots with its error' : ''}.
      </p>
      <table className="matmul-table" aria-label="Entries of the result">
        <thead>
          <tr>
            <th scope="col">i, l</th>
            <th scope="col">AB</th>
            <th scope="col">amplitude</th>
            <th scope="col">AB/‖A‖‖B‖</th>
            <th scope="col">diff.</th>
            {est && <th scope="col">est. |AB|</th>}
            {est && <th scope="col">error</th>}
          </tr>
        </thead>
        <tbody>
          {info.product.map((v, k) => {
            const i = Math.floor(k / n);
            const l = k % n;
            const m = est?.magnitudes[k] ?? 0;
            return (
              <tr key={k}>
                <th scope="row">
                  {i}, {l}
                </th>
                <td>{formatShort(v)}</td>
                <td>{formatEntry(info.amplitudes[k]!, 4)}</td>
                <td>{formatEntry(info.expected[k]!, 4)}</td>
                <td>{formatTiny(info.amplitudes[k]! - info.expected[k]!)}</td>
                {est && <td>{formatEntry(m, 3)}</td>}
                {est && <td>{formatEntry(m - Math.abs(v), 3)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function MatmulResults() {
  const info = useLab((s) => matmulInfo(s.info));
  const est = useLab((s) => s.pictures.matmulEstimate?.estimate ?? null);
  const waiting = useLab((s) => s.waiting);
  const hidden = useExperimentOf('matmul', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const shown = info && est && est.shots > 0 && est.magnitudes.length === info.n ** 2 ? est : null;
  const gap = info
    ? info.amplitudes.reduce((m, v, k) => Math.max(m, Math.abs(v - info.expected[k]!)), 0)
    : 0;
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">{waiting ?? 'Preparing the subroutine…'}</p>}
      {info && (
        <>
          {show('figures') && (
            <div className="scoreboard matmul-scoreboard">
              <Figure
                name="Success probability p"
                value={info.success.toFixed(4)}
                color={QUANTUM}
                note={`‖AB‖²/(‖A‖²‖B‖²) = ${formulaP(info).toFixed(4)}`}
              />
              <Figure
                name="Largest |amplitude − (AB)/(‖A‖‖B‖)|"
                value={formatTiny(gap)}
                note={`U_B unitary to ${formatTiny(info.unitarityError)}`}
              />
              {info.shots > 0 && (
                <Figure
                  name="Shots so far"
                  value={`${formatCount(shown?.shots ?? 0)} of ${formatCount(info.shots)}`}
                  note={`${formatCount(shown?.passed ?? 0)} passed j = 0`}
                />
              )}
              {info.shots > 0 && (
                <Figure
                  name="Error of the estimated |AB|"
                  value={percent(shown?.error ?? null)}
                  note={`expected ≈ ${percent(shown?.expectedError ?? info.expectedError)}`}
                />
              )}
            </div>
          )}
          <div className="matmul-products">
            <MatrixView label="Product AB (classical)" n={info.n} entries={info.product} />
            {shown && (
              <MatrixView
                label="Estimated |AB| from shots"
                n={info.n}
                entries={shown.magnitudes}
                digits={3}
              />
            )}
          </div>
          {info.shots === 0 && (
            <p className="hint">
              Exact: the amplitudes are read from the simulated state. Set a number of shots to see
              what a quantum computer would estimate.
            </p>
          )}
          {info.shots > 0 && !shown && (
            <p className="hint matmul-play">
              <strong>
                Press Play to run the circuit {formatCount(info.shots)} times, in {info.rounds}{' '}
                {info.rounds === 1 ? 'round' : 'rounds'}.
              </strong>
            </p>
          )}
          {show('table') && <EntryTable info={info} est={shown} />}
          <p className="hint">
            Only a share p = {info.success.toFixed(4)} of the runs pass j = 0, so N shots leave
            about N·p useful ones, and the relative error of the estimate falls like 1/√(N·p).
            Sampling reads probabilities, the squares of the amplitudes: it gives the magnitudes
            |(AB)<sub>il</sub>| = ‖A‖‖B‖√(count/N) and loses the signs.{' '}
            {info.shotsFor
              .map(
                (t) =>
                  `For ${percent(t.target)} error: about ${t.shots === null ? '–' : formatCount(t.shots)} shots.`,
              ) // prettier-ignore
              .join(' ')}
          </p>
        </>
      )}
    </section>
  );
}
