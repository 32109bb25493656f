// Text each model writes, token by token from the same prompt (the first test context), drawn
// from its predicted probabilities with the training seed: the same link writes the same text.
import type { TextSamples as Samples } from '../../../workers/protocol';
import './text.css';

interface Props {
  samples: Samples | null;
}

export function TextSamples({ samples }: Props) {
  return (
    <figure className="text-samples">
      <figcaption>
        <h3>Sampled text</h3>
      </figcaption>
      {!samples && <p className="hint">Each model writes here once the session is ready.</p>}
      {samples && (
        <dl>
          <dt>Prompt</dt>
          <dd className="sample-text">{samples.prompt}</dd>
          <dt className="quantum">Quantum model</dt>
          <dd className="sample-text" aria-label="Quantum model's text">
            {samples.quantum}
          </dd>
          <dt className="classical">Classical model</dt>
          <dd className="sample-text" aria-label="Classical model's text">
            {samples.classical}
          </dd>
        </dl>
      )}
      <p className="hint">
        After epoch {samples?.epoch ?? 0}; each token drawn from the model’s probabilities given the
        last ones (seeded by the training seed).
      </p>
    </figure>
  );
}
