// Where the quantum model puts the test points: the Bloch sphere under the circuit, redrawn with
// each picture the worker sends. Its own component, so that only it (not the model panel and its
// fields) re-renders with every picture.
import { BlochSphere } from '../charts/BlochSphere';
import { classifyInfo } from '../store/runOf';
import { useLab } from '../store/store';
import { InfoTip } from './InfoTip';

export function TestPointsSphere() {
  const info = useLab((s) => classifyInfo(s.info));
  const bloch = useLab((s) => s.pictures.bloch?.vectors ?? null);
  if (!info?.targets || !bloch) return null;
  return (
    <div className="bloch">
      <div className="heading-row minor">
        <h3>Where the test points end up</h3>
        <InfoTip term="bloch" />
      </div>
      <BlochSphere
        vectors={bloch}
        labels={info.test.y}
        classes={info.classes}
        targets={info.targets}
        size={260}
      />
    </div>
  );
}
