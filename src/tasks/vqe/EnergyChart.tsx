// VQE energy per iteration, with the exact and Hartree–Fock lines and the chemical-accuracy band;
// under noise the noisy energy, its ideal twin's and the zero-noise extrapolation.
import { useCallback, useMemo } from 'react';
import { DASH, finite } from '../../charts/chartParts';
import { ConvergenceChart } from '../../charts/ConvergenceChart';
import type { Band, ConvergencePoint, RefLine } from '../../charts/ConvergenceChart';
import { CLASSICAL, INK } from '../../charts/palette';
import { twinSeries } from '../../charts/twinSeries';
import { CHEMICAL_ACCURACY, energyDomain } from './energyDomain';

export interface EnergyPoint {
  iteration: number;
  /** ⟨H⟩ in hartree (under noise, the noisy one). */
  energy: number;
  /** Under noise: the ideal twin's ⟨H⟩. */
  ideal?: number;
  /** Under noise: the noisy ⟨H⟩ extrapolated to zero noise. */
  mitigated?: number;
}

interface Props {
  /** In iteration order; redrawn in place on every update. */
  points: readonly EnergyPoint[];
  /** Full-CI energy (Ha), or null when unknown. */
  exact: number | null;
  hartreeFock: number | null;
  /** Pixels; fills the container when omitted. */
  width?: number;
  height?: number;
}

/** The chemical-accuracy band: Okabe–Ito bluish green, the "good enough" zone. */
const BAND = '#009e73';
/** Least height of the band in pixels, so it stays visible when the data spans a lot. */
const MIN_BAND_PX = 3;

export function EnergyChart({ points, exact, hartreeFock, width, height = 400 }: Props) {
  const values = useMemo(
    () => points.map((p): ConvergencePoint => ({ iteration: p.iteration, value: p.energy })),
    [points],
  );
  const series = useMemo(() => twinSeries(points), [points]);
  const noisy = series.length > 0;
  // Exact below its line, where a variational energy never goes; Hartree–Fock above its line,
  // where the converging energy has already left.
  const refs = useMemo(() => {
    const r: RefLine[] = [];
    if (finite(exact))
      r.push({ key: 'exact', label: 'Exact', value: exact, color: INK, dash: null, width: 2, labelSide: 'below' }); // prettier-ignore
    if (finite(hartreeFock))
      r.push({ key: 'hf', label: 'Hartree–Fock', value: hartreeFock, color: CLASSICAL, dash: DASH, width: 3, labelSide: 'above' }); // prettier-ignore
    return r;
  }, [exact, hartreeFock]);
  const band = useMemo(
    (): Band | null =>
      finite(exact)
        ? { label: 'Chemical accuracy (1.6 mHa)', color: BAND, lo: exact - CHEMICAL_ACCURACY, hi: exact + CHEMICAL_ACCURACY, minPx: MIN_BAND_PX } // prettier-ignore
        : null,
    [exact],
  );
  const domain = useCallback(
    (energies: readonly number[]) => energyDomain(energies, exact, hartreeFock),
    [exact, hartreeFock],
  );
  return (
    <ConvergenceChart
      label="Energy against iteration"
      points={values}
      lineLabel={noisy ? 'Noisy' : 'VQE'}
      series={series}
      refs={refs}
      band={band}
      yTitle="Energy (Ha)"
      yDecimals={2}
      domain={domain}
      width={width}
      height={height}
    />
  );
}
