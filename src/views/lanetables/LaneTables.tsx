// The lanes as tables: the same facts the canvases draw, up to the playhead, for screen-reader
// users and anyone who wants exact figures. Built only while open; re-renders when a row is
// reached, not per frame.
import { useMemo, useState } from 'react';
import { useLab } from '../../store/context';
import { laneTables, rowsAt, type LaneTable } from './model';
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
  const run = useLab((s) => s.run);
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

function Table({ table }: { table: LaneTable }) {
  const shown = useLab((s) => rowsAt(table.rows, s.playhead));
  return (
    <div className="lane-tables-scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table data-lane={table.lane}>
        <caption>{table.caption}</caption>
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
                {r.cells.map((c, j) =>
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
