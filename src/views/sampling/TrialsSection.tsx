// "Is it fair?": N runs of the reservoir and of three naive samplers over the orders that have
// arrived, each drawn as an inclusion histogram against the flat expected line, with Pearson's
// chi-square test; and one table with every bar's numbers.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { formatClock } from '../../format/clock';
import { usePalette } from '../theme/usePalette';
import { SelectField } from '../controls/fields';
import { arrivedCount, plannedOrders } from './feed';
import { Histogram } from './Histogram';
import {
  formatPValue,
  MAX_TRIAL_STREAM,
  naiveTuning,
  TRIAL_CHOICES,
  type TrialResult,
} from './trialsModel';
import { useTrials } from './useTrials';
import { formatCount } from '../../format/count';

type TrialChoice = `${(typeof TRIAL_CHOICES)[number]}`;
const TRIAL_OPTIONS = TRIAL_CHOICES.map((n) => ({
  value: String(n) as TrialChoice,
  label: `${formatCount(n)} trials`,
}));

export const TrialsSection = memo(function TrialsSection({ k }: { k: number }) {
  const run = useLab((s) => s.run);
  const arrived = useLab((s) => Math.min(MAX_TRIAL_STREAM, arrivedCount(s.run, s.playhead)));
  const api = useLabApi();
  const palette = usePalette();
  const [choice, setChoice] = useState<TrialChoice>('1000');
  const { state, start, clear } = useTrials();
  const planned = plannedOrders(run);
  const tuning = useMemo(() => naiveTuning(k, planned), [k, planned]);
  const seed = run.settings.scenario.seed;

  // New orders or a new k make earlier results about another stream: drop them.
  useEffect(() => clear(), [run, k, clear]);

  const n = arrived;
  const ready = n >= 2 && n > k;
  const clockAt = useCallback(
    (p: number) => {
      const e = run.events[p];
      return e ? formatClock(e.arrivalTime, 'always') : '';
    },
    [run.events],
  );
  const trials = Number(choice);
  const onRun = () =>
    start({ n, k, trials, seed: (Math.abs(seed) % 1_000_000_007) * 16 + 1, tuning });
  const daily = run.settings.scenario.curve === 'daily';

  return (
    <section className="smp-section" aria-labelledby="smp-trials-title">
      <h3 id="smp-trials-title">Is it fair? Run it many times</h3>
      <p className="smp-text">
        One sample proves nothing. Run the same arrived orders through a sampler thousands of times
        with fresh random numbers and count how often each arrival position ended in the sample. A
        fair sampler gives a flat histogram at trials × k / n, wobbling inside the shaded ±3σ band;
        the chi-square test turns the wobble into a p-value (a tiny p means the bumps are not
        chance). Beside the reservoir are three samplers people write before they meet it: keep the
        first k, keep every n-th, keep each order with a fixed probability. The last two have to be
        tuned in advance, here for the {formatCount(planned)} orders the average rate promises; the
        stream does not say how long it will really be.
      </p>
      <div className="smp-controls">
        <SelectField
          label="How many runs"
          value={choice}
          options={TRIAL_OPTIONS}
          onValue={setChoice}
          testId="smp-trials-n"
        />
        <div className="smp-buttons">
          <button
            type="button"
            onClick={onRun}
            disabled={!ready || state.status === 'running'}
            data-testid="smp-run-trials"
          >
            Run {formatCount(trials)} trials on {formatCount(n)} orders
          </button>
          {!daily && !run.imported && (
            <button
              type="button"
              onClick={() => api.getState().applySettings({ scenario: { curve: 'daily' } })}
              data-testid="smp-daily"
            >
              Use the daily traffic curve
            </button>
          )}
        </div>
      </div>
      {!ready && (
        <p className="smp-note">
          Let at least {k + 1} orders arrive first (let the orders flow, or step one order).
        </p>
      )}
      {n === MAX_TRIAL_STREAM && (
        <p className="smp-note">
          The runs use the first {formatCount(MAX_TRIAL_STREAM)} orders to arrive, to stay quick.
        </p>
      )}
      {daily && (
        <p className="smp-note">
          The orders follow the daily traffic curve: around lunch and dinner far more orders come
          than the average rate suggests, so a sampler tuned for an average day keeps too many.
        </p>
      )}
      {state.status === 'running' && (
        <p className="smp-progress">
          <label htmlFor="smp-trials-progress">Running the trials… </label>
          <progress id="smp-trials-progress" value={state.progress} max={1} />
        </p>
      )}
      {state.status === 'done' && (
        <TrialResults results={state.results} ms={state.ms} palette={palette} clockAt={clockAt} />
      )}
    </section>
  );
});

function TrialResults({
  results,
  ms,
  palette,
  clockAt,
}: {
  results: TrialResult[];
  ms: number;
  palette: ReturnType<typeof usePalette>;
  clockAt: (p: number) => string;
}) {
  const first = results[0]!;
  return (
    <div className="smp-results" data-testid="smp-trial-results">
      <p className="smp-note" role="status">
        {formatCount(first.trials)} runs of five samplers over {formatCount(first.n)} orders took{' '}
        {formatCount(Math.round(ms))} ms. Dashed line: the count a fair sampler averages; shaded:
        expected ± 3σ; a cross marks a bar outside it. Below each chart, the first, middle and last
        arrival position and when it arrived.
      </p>
      <div className="smp-hists">
        {results.map((r) => (
          <Histogram
            key={r.id}
            result={r}
            palette={palette}
            clockAt={clockAt}
            main={r.id === 'R' || r.id === 'L'}
          />
        ))}
      </div>
      <details className="smp-table">
        <summary>Show as table</summary>
        <table>
          <caption>
            How often each stretch of arrival positions ended in the sample, per sampler
          </caption>
          <thead>
            <tr>
              <th scope="col">Positions</th>
              <th scope="col">Expected (±3σ)</th>
              {results.map((r) => (
                <th scope="col" key={r.id}>
                  {r.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first.bins.map((b, i) => (
              <tr key={i}>
                <th scope="row">
                  #{formatCount(b.from + 1)}–{formatCount(b.to)}
                </th>
                <td>
                  {formatCount(Math.round(b.expected))} ({formatCount(Math.round(b.low))}–
                  {formatCount(Math.round(b.high))})
                </td>
                {results.map((r) => (
                  <td key={r.id}>{formatCount(r.bins[i]!.count)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">p-value</th>
              <td>–</td>
              {results.map((r) => (
                <td key={r.id}>{formatPValue(r.chi.pValue)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </details>
    </div>
  );
}
