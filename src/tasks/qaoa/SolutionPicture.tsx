// One solution of an optimisation problem, drawn as what the problem is: a graph cut, a chosen
// portfolio, cars on roads, or (for a QUBO typed by hand) the bitstring itself.
import { useRef } from 'react';
import { useContainerWidth } from '../../charts/useContainerWidth';
import type { ProblemPicture, Solution } from '../../../workers/protocol';
import { GraphSolution } from './GraphSolution';
import { PortfolioSolution } from './PortfolioSolution';
import { TrafficSolution } from './TrafficSolution';
import { BitBoxes } from './BitBoxes';
import './qaoa.css';

interface Props {
  picture: ProblemPicture;
  solution: Solution | null;
  /** Accessible name of the drawing ("QAOA's best sampled solution"). */
  label: string;
  /** Qubits of a custom problem's bitstring (its picture does not say); else from the bits. */
  qubits?: number;
}

export function SolutionPicture({ picture, solution, label, qubits }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(boxRef, undefined, 360);
  return (
    <div ref={boxRef} className="qaoa-solution">
      <Picture picture={picture} solution={solution} label={label} qubits={qubits} width={width} />
    </div>
  );
}

function Picture({ picture, solution, label, qubits, width }: Props & { width: number }) {
  switch (picture.kind) {
    case 'graph':
      return (
        <GraphSolution
          positions={picture.positions}
          edges={picture.edges}
          solution={solution}
          label={label}
          width={width}
        />
      );
    case 'portfolio':
      return <PortfolioSolution {...picture} solution={solution} label={label} width={width} />;
    case 'traffic':
      return <TrafficSolution map={picture} solution={solution} label={label} width={width} />;
    case 'custom':
      return <BitBoxes solution={solution} label={label} qubits={qubits} width={width} />;
  }
}
