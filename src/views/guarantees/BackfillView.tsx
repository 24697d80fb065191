// Backfill after a bug, side by side: what Batch, Lambda and Kappa serve at the playhead, when each
// is right again and how much each re-read; the retention warning; Lambda's two layers disagreeing.
import { useId } from 'react';
import { formatMoney } from '../../format/money';
import { formatSpan } from '../../format/clock';
import type { LambdaPeriod } from '../../engine';
import type { BackfillModel } from './backfillModel';

const STATE_MARK = { buggy: '✗', right: '✓', short: '▼' } as const;

export function BackfillTable({ model }: { model: BackfillModel }) {
  return (
    <>
      <p>{model.bugText}</p>
      {model.warning && (
        <p className="guarantees__warning" role="note" data-testid="retention-warning">
          <strong>The replay cannot cover the backfill.</strong> {model.warning}
        </p>
      )}
      <table data-testid="backfill-table">
        <caption>The same fix in three architectures</caption>
        <thead>
          <tr>
            <th scope="col">Architecture</th>
            <th scope="col">How it fixes history</th>
            <th scope="col">Serves now</th>
            <th scope="col">Right again at</th>
            <th scope="col">Work</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.id} data-row={r.id} data-state={r.state}>
              <th scope="row">{r.title}</th>
              <td>{r.how}</td>
              <td>
                <span aria-hidden="true">{STATE_MARK[r.state]} </span>
                {r.serves}
              </td>
              <td>{r.rightAt}</td>
              <td>{r.work}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function LambdaLayers({
  periods,
  patchSpeed,
  onPatchSpeed,
}: {
  /** Null until the panel is near the viewport. */
  periods: LambdaPeriod[] | null;
  patchSpeed: boolean;
  onPatchSpeed: (v: boolean) => void;
}) {
  const id = useId();
  const disagree = periods?.some((p) => p.disagree) ?? false;
  return (
    <div className="guarantees__lambda">
      <label htmlFor={id} className="guarantees__check">
        <input
          id={id}
          type="checkbox"
          checked={patchSpeed}
          onChange={(e) => onPatchSpeed(e.target.checked)}
        />
        Patch the speed layer too (Lambda keeps the formula in two codebases)
      </label>
      <p data-testid="lambda-verdict">
        {disagree
          ? '✗ The layers disagree: the batch layer was fixed, the speed layer still counts the tax twice, so a day’s number drops when its nightly result replaces the live one.'
          : periods?.some((p) => p.batch !== null)
            ? '✓ Both layers compute the same formula: they agree.'
            : 'No nightly batch result yet at the playhead: the speed layer serves every day.'}{' '}
        Kappa has one pipeline: patch it once and rebuild by replay.
      </p>
      {periods && (
        <table data-testid="lambda-table">
          <caption>Lambda at the playhead, per day (batch code fixed)</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Batch layer</th>
              <th scope="col">Speed layer</th>
              <th scope="col">Served</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.period.start} data-disagree={p.disagree || undefined}>
                <th scope="row">{formatSpan(p.period.start, p.period.end)}</th>
                <td>{p.batch === null ? 'not run yet' : formatMoney(p.batch)}</td>
                <td>{formatMoney(p.speed)}</td>
                <td>
                  {formatMoney(p.served)} from the {p.source} layer
                  {p.disagree && <strong> (layers disagree ✗)</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
