// The preset in play: its question, to answer before pressing play, then each answer as the
// playhead reaches its pause point (announced politely), with a button to bring what the answer
// quotes into view and one to go back to the stage. Multi-step presets offer the next step once
// every answer of this one is out. While the answer's place is in a tab below the stage, the card
// floats over the page's corner so question, answer and numbers are on screen together.
import { useMemo } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { selectRun, selectorFactory } from '../../store/selectors';
import { presetById } from '../presets';
import { useView, useViewApi } from '../view/context';
import { latestSpotlight, pauseTimes, reachedPauses, startPreset } from './player';

/** How many of the step's pauses (at `times`) the playhead has reached. */
const selectReachedPauses = selectorFactory(
  (times: readonly number[]) => (s) => reachedPauses(times, s.playhead),
);

export function PresetCard() {
  const lab = useLabApi();
  const view = useViewApi();
  const id = useView((s) => s.preset);
  const stepIndex = useView((s) => s.presetStep);
  const run = useLab(selectRun);
  const preset = presetById(id);
  const step = preset?.steps[stepIndex];
  const times = useMemo(() => (step ? pauseTimes(run, step) : []), [run, step]);
  const reached = useLab(selectReachedPauses(times));
  const floating = useView((s) => s.spotlight?.at.kind === 'panel');
  const spotlit = useView((s) => s.spotlight !== null);
  if (!preset || !step) return null;
  const answers = step.pauses.slice(0, reached).map((p) => p.reveal(run));
  const next = preset.steps[stepIndex + 1];
  const multi = preset.steps.length > 1;

  return (
    <section
      className={floating ? 'cls-card cls-card--float' : 'cls-card'}
      aria-labelledby="cls-card-title"
      data-testid="preset-card"
    >
      <div className="cls-card-head">
        <h2 id="cls-card-title">
          {preset.title}
          {multi && (
            <span className="cls-step">
              {' '}
              · step {stepIndex + 1} of {preset.steps.length}: {step.title}
            </span>
          )}
        </h2>
        <button
          type="button"
          onClick={() => {
            view.getState().setSpotlight(null);
            view.getState().setPreset(null);
          }}
        >
          Close preset
        </button>
      </div>
      <p className="cls-question" data-testid="preset-question">
        <strong>Predict, then press play:</strong> {step.question}
      </p>
      {preset.note && <p className="cls-note">{preset.note}</p>}
      <div role="status" aria-live="polite" data-testid="preset-answers">
        {answers.map((a, i) => (
          <p key={i} className="cls-answer">
            <strong>Answer{step.pauses.length > 1 ? ` ${i + 1}` : ''}:</strong> {a}
          </p>
        ))}
      </div>
      {answers.length > 0 && (
        <div className="cls-card-nav">
          <button
            type="button"
            onClick={() => {
              const show = latestSpotlight(run, step, lab.getState().playhead);
              if (show) view.getState().setSpotlight(show);
            }}
          >
            Show where
          </button>
          {spotlit && (
            <button type="button" onClick={() => view.getState().setSpotlight(null)}>
              Back to the four lanes
            </button>
          )}
        </div>
      )}
      {next && reached >= step.pauses.length && (
        <button
          type="button"
          className="cls-next"
          onClick={() => startPreset(lab, view, preset.id, stepIndex + 1)}
        >
          Next step: {next.title}
        </button>
      )}
    </section>
  );
}
