// The results panel: revenue per product and window, the truth beside what each lane shows at the
// playhead, with differences marked in text and explained on request. It follows one number (the
// last instant at or before the playhead), so it re-renders only when a cell can change, and while
// playing at most every PLAY_PACE_MS (store/usePaced.ts).
import { useMemo, useState } from 'react';
import { lab, type LabRun } from '../../engine';
import { useLab } from '../../store/context';
import { selectRun } from '../../store/selectors';
import { resultsView } from './model';
import { formatCount } from '../../format/count';
import { usePaced } from '../../store/usePaced';
import type { LabState } from '../../store/labStore';
import { laneVerdicts, lossSummary } from './summary';
import { ResultsTable } from './ResultsTable';
import { PREPARE_FROM, preparer } from '../prepared';
import { tableSteps } from './tableIndex';
import './results.css';

const indexRun = lab.indexRun;
const instantNow = (s: LabState) => indexRun(s.run).instantAt(s.playhead);

// A big run's table is indexed over several tasks first; the panel shows the previous run (busy)
// meanwhile, so the frame that brings a new run does not also index a million orders.
const usePrepared = preparer<LabRun>(
  (run) => (run.events.length >= PREPARE_FROM ? tableSteps(run) : null),
  (run) => run,
);

export function ResultsPanel() {
  const latest = useLab(selectRun);
  const run = usePrepared(latest);
  const at = usePaced(instantNow);
  const [showAll, setShowAll] = useState(false);
  // The tally counts every row; rows are built only for the windows shown.
  const table = useMemo(() => resultsView(run, at, { all: showAll }), [run, at, showAll]);
  const visible = table;
  const totalWindows = table.totalWindows;
  const shownWindows = totalWindows - visible.hiddenBefore - visible.hiddenAfter;

  return (
    <div className="results" data-testid="results-panel" aria-busy={run !== latest}>
      <ul className="results__verdicts" aria-label="How each lane compares with the truth so far">
        {laneVerdicts(table).map((v) => (
          <li key={v.lane} data-lane={v.lane}>
            {v.text}
          </li>
        ))}
      </ul>
      <p className="results__losses">{lossSummary(table).join(' · ')}</p>
      <div className="results__options">
        <p className="results__legend">
          <span aria-hidden="true">✓</span> matches the truth · <span aria-hidden="true">▼</span>{' '}
          below it · <span aria-hidden="true">▲</span> above it · — nothing yet
        </p>
        {(visible.hiddenBefore > 0 || visible.hiddenAfter > 0 || showAll) && (
          <label className="results__all">
            <input
              type="checkbox"
              checked={showAll}
              onChange={(e) => setShowAll(e.target.checked)}
            />
            Show all {formatCount(totalWindows)} windows{' '}
            {!showAll && (
              <span className="results__muted">
                (showing {formatCount(shownWindows)} around the playhead)
              </span>
            )}
          </label>
        )}
      </div>
      <ResultsTable run={run} rows={visible.rows} at={at} />
    </div>
  );
}
