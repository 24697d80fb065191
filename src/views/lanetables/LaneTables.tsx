// The lanes as tables: the same facts the canvases draw, up to the playhead, for screen-reader
// users and anyone who wants exact figures. Built only while open; re-renders when a row is
// reached, not per frame.
import { useMemo, useState } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { selectRun, selectorFactory } from '../../store/selectors';
import { cellsAt, laneTables, rowsAt, type LaneTable } from './model';
import './lanetables.css';

export function LaneTables() {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="lane-tables"
      data-testid="lane-tables"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Show the lanes as tables</summary>
      {open && <Tables />}
    </details>
  );
}

function Tables() {
  const run = useLab(selectRun);
  const tables = useMemo(() => laneTables(run), [run]);
  return (
    <>
      {tables.map((t) => (
        <Table key={t.lane} table={t} />
      ))}
      <p>
        Per-request: every query scans all the orders that have arrived, so it is always exact; one
        query over all of them takes {run.requestCostMs.toFixed(1)} ms.
      </p>
    </>
  );
}

/**
 * Re-render a table when a row is reached or the caption's count moves (a drop also moves a row's
 * count), not on every frame: the selector returns a string that changes only then.
 */
const selectTableShown = selectorFactory(
  (table: LaneTable) => (s) => `${rowsAt(table.rows, s.playhead)}|${table.caption(s.playhead)}`,
);

function Table({ table }: { table: LaneTable }) {
  useLab(selectTableShown(table));
  const playhead = useLabApi().getState().playhead;
  const shown = rowsAt(table.rows, playhead);
  const caption = table.caption(playhead);
  return (
    <div className="lane-tables-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table data-lane={table.lane}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>Nothing yet at this moment.</td>
            </tr>
          ) : (
            table.rows.slice(0, shown).map((r, i) => (
              <tr key={i}>
                {cellsAt(r, playhead).map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
