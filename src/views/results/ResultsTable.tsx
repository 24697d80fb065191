// The results table itself: one row per product and window, a cell per lane that says in text
// (not colour alone) whether it matches the truth, and a "Why?" disclosure per row that opens the
// plain-language explanation of that row's differences just below it.
import { Fragment, memo, useEffect, useMemo, useState } from 'react';
import type { LabRun } from '../../engine';
import { formatSpan } from '../../format/clock';
import { orders } from './format';
import { formatMoney, formatMoneyDiff } from '../../format/money';
import {
  RESULT_LANES,
  RESULT_LANE_TITLES,
  type LaneCell,
  type ResultLane,
  type ResultRow,
} from './model';

const COLUMNS = 3 + RESULT_LANES.length + 1;

// The explanations (long sentence builders) load when a reader first asks "Why?": they are not
// needed to show the table.
const loadExplain = () => import('./explain');
type ExplainModule = Awaited<ReturnType<typeof loadExplain>>;

export function ResultsTable({ run, rows, at }: { run: LabRun; rows: ResultRow[]; at: number }) {
  const [open, setOpen] = useState<string | null>(null);
  const openRow = rows.find((r) => r.id === open) ?? null;
  return (
    <>
      {/* Shown on a phone only, where the lanes' columns start off screen. */}
      <p className="results__swipe" aria-hidden="true">
        Swipe sideways for every lane's column →
      </p>
      <div className="results__scroll">
        <table className="results__table" data-testid="results-table">
          <caption>
            Revenue per product and window: the truth over all orders beside what each lane shows at
            the playhead
          </caption>
          <thead>
            <tr>
              <th scope="col">Window</th>
              <th scope="col">Product</th>
              <th scope="col">Truth (all orders)</th>
              {RESULT_LANES.map((lane) => (
                <th scope="col" key={lane} data-lane={lane}>
                  {RESULT_LANE_TITLES[lane]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Explanation</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.id}>
                <Row
                  row={row}
                  signature={signature(row)}
                  expanded={open === row.id}
                  onToggle={() => setOpen((o) => (o === row.id ? null : row.id))}
                />
                {openRow === row && <Explanation run={run} row={row} at={at} />}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Everything a row shows, as one string: rows whose text did not change skip re-rendering. */
function signature(row: ResultRow): string {
  return RESULT_LANES.map((l) => `${row.cells[l].state}:${row.cells[l].value}`).join('|');
}

const windowLabel = (row: ResultRow) => formatSpan(row.window.start, row.window.end);
const explainId = (row: ResultRow) => `results-why-${row.id.replace(/[^a-z0-9]/gi, '-')}`;

const Row = memo(
  function Row({
    row,
    expanded,
    onToggle,
  }: {
    row: ResultRow;
    signature: string;
    expanded: boolean;
    onToggle: () => void;
  }) {
    const label = windowLabel(row);
    const differs = RESULT_LANES.some((l) => row.cells[l].state === 'differs');
    return (
      <tr
        className={expanded ? 'results__row results__row--open' : 'results__row'}
        data-row={row.id}
      >
        <td className="results__window">{label}</td>
        <th scope="row">{row.key}</th>
        <td className="results__truth">{formatMoney(row.truth)}</td>
        {RESULT_LANES.map((lane) => (
          <Cell key={lane} lane={lane} cell={row.cells[lane]} />
        ))}
        <td>
          <button
            type="button"
            className={differs ? 'results__why results__why--differs' : 'results__why'}
            aria-expanded={expanded}
            aria-controls={expanded ? explainId(row) : undefined}
            aria-label={`Why? ${row.key}, ${label}`}
            onClick={onToggle}
          >
            Why?
          </button>
        </td>
      </tr>
    );
  },
  (a, b) => a.signature === b.signature && a.expanded === b.expanded && a.row.id === b.row.id,
);

function Cell({ lane, cell }: { lane: ResultLane; cell: LaneCell }) {
  let main: string;
  let note: string;
  if (cell.state === 'pending') {
    main = '—';
    note = 'not yet';
  } else if (cell.state === 'unavailable') {
    main = '—';
    note = 'cannot run';
  } else if (cell.state === 'match') {
    main = formatMoney(cell.value!);
    note = '✓ matches';
  } else {
    main = cell.value === null ? 'no result' : formatMoney(cell.value);
    note = formatMoneyDiff(cell.diff ?? 0);
  }
  return (
    <td
      className={`results__cell results__cell--${cell.state}`}
      data-lane={lane}
      data-state={cell.state}
    >
      <span className="results__value">{main}</span>
      <span className="results__note">{note}</span>
    </td>
  );
}

function Explanation({ run, row, at }: { run: LabRun; row: ResultRow; at: number }) {
  const [explain, setExplain] = useState<ExplainModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadExplain().then((m) => {
      if (live) setExplain(m);
    });
    return () => {
      live = false;
    };
  }, []);
  const lanes = useMemo(
    () => (explain ? explain.explainRow(run, row, at) : []),
    [explain, run, row, at],
  );
  return (
    <tr className="results__explain-row">
      <td colSpan={COLUMNS} id={explainId(row)} data-testid="results-explanation">
        <p className="results__explain-title">
          Why {row.key}, {windowLabel(row)} looks like this
          {` (truth ${formatMoney(row.truth)} from ${orders(row.truthCount)})`}:
        </p>
        <ul>
          {lanes.map((e) => (
            <li key={e.lane} data-lane={e.lane} data-state={e.state}>
              <strong>{RESULT_LANE_TITLES[e.lane]}:</strong> {e.lines.join(' ')}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
