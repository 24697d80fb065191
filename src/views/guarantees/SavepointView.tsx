// Stop with a savepoint, change the job, resume: the numbers and what carried over.
import { useMemo, useState } from 'react';
import type { GuaranteeJob, StreamConfig } from '../../engine';
import { SelectField, Slider } from '../controls/fields';
import { spellClock } from '../controls/format';
import { CHANGE_OPTIONS, savepointModel, type ChangeChoice } from './savepointModel';
import { time } from '../../engine';

const SECOND = time.SECOND;

export function SavepointView({
  job,
  stream,
  from,
  to,
}: {
  /** Null until the panel is near the viewport. */
  job: GuaranteeJob | null;
  stream: StreamConfig;
  from: number;
  to: number;
}) {
  const [stop, setStop] = useState<number | null>(null);
  const [choice, setChoice] = useState<ChangeChoice>('none');
  const stopAt = stop ?? Math.round((from + (to - from) / 2) / SECOND) * SECOND;
  const model = useMemo(
    () => job && savepointModel(job, stream, stopAt, choice),
    [job, stream, stopAt, choice],
  );
  const range = {
    min: Math.floor(from / SECOND),
    max: Math.max(Math.ceil(to / SECOND), Math.floor(from / SECOND) + 1),
    step: 1,
    unit: SECOND,
  };
  return (
    <section aria-labelledby="savepoint-title" className="guarantees__backfill">
      <h3 id="savepoint-title">Savepoint and upgrade</h3>
      <div className="guarantees__controls">
        <Slider
          label="Stop with a savepoint at"
          value={stopAt}
          range={range}
          spell={spellClock}
          onValue={setStop}
          testId="savepoint-time"
        />
        <SelectField
          label="Change before resuming"
          value={choice}
          options={CHANGE_OPTIONS}
          onValue={setChoice}
          testId="savepoint-change"
        />
      </div>
      {model && (
        <>
          <p data-testid="savepoint-verdict">{model.verdict}</p>
          <table>
            <caption>Stop, change, resume</caption>
            <tbody>
              {model.lines.map((l) => (
                <tr key={l.label}>
                  <th scope="row">{l.label}</th>
                  <td>{l.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul>
            {model.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
