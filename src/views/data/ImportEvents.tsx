// Import: a drop zone and a file picker. The file is checked line by line in a worker, with a
// progress bar; only a fully valid file replaces the orders, otherwise its errors are listed by
// line and the lab keeps running on what it had.
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { flushSync } from 'react-dom';
import { io, type ImportIssue } from '../../engine';
import { useLab, useLabApi } from '../../store/context';
import { later } from '../../store/scheduler';
import { selectImported, selectStaleImport } from '../../store/selectors';
import { importFile, type Progress } from './importFile';
import {
  errorSummary,
  importedText,
  issueText,
  percentRead,
  progressText,
  skewNotice,
} from './model';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: Progress }
  | { kind: 'running'; name: string }
  | { kind: 'invalid'; name: string; errors: ImportIssue[]; errorCount: number }
  | { kind: 'failed'; name: string; message: string };

export function ImportEvents() {
  const store = useLabApi();
  const imported = useLab(selectImported);
  // Once per import: a notice when orders arrive before their event time (accepted, but said).
  const skew = useMemo(
    () => (imported ? skewNotice(io.clockSkew(imported.orders)) : null),
    [imported],
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  // A reload or a shared link cannot bring the file along: say so (the link sync fixes the address).
  const staleLink = useLab(selectStaleImport);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const read = async (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const name = file.name || 'the file';
    setStatus({ kind: 'reading', name, progress: { bytes: 0, total: file.size, rows: 0 } });
    try {
      const outcome = await importFile(
        file,
        store.scheduler,
        (progress) => setStatus({ kind: 'reading', name, progress }),
        controller.signal,
      );
      if (!outcome.ok) {
        setStatus({
          kind: 'invalid',
          name,
          errors: outcome.errors,
          errorCount: outcome.errorCount,
        });
        return;
      }
      flushSync(() => setStatus({ kind: 'running', name }));
      // Let the "running" message paint before the lab recomputes every lane (one long task).
      await later(store.scheduler, 30);
      store.getState().importOrders(outcome.orders, name);
      setStatus({ kind: 'idle' });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      setStatus({
        kind: 'failed',
        name,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };

  const busy = status.kind === 'reading' || status.kind === 'running';
  return (
    <div className="data__group">
      <h3>Import your own events</h3>
      {staleLink && imported === null && (
        <p className="data__note" role="status">
          This link was made with imported events, which never leave the author&rsquo;s browser: the
          lab shows its generated orders. Import the file again to see them.
        </p>
      )}
      {imported && (
        <p className="data__imported" role="status">
          <span aria-hidden="true">▣ </span>
          {importedText(imported.name, imported.orders.length)}{' '}
          <button type="button" onClick={() => store.getState().clearImport()}>
            Back to generated orders
          </button>
        </p>
      )}
      {skew && (
        <p className="data__note" role="status" data-testid="import-skew">
          <span aria-hidden="true">⚠ </span>
          {skew}
        </p>
      )}
      <div
        className={`data__drop${dragging ? ' data__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <p>
          Drop a CSV or JSON Lines file here, or{' '}
          <label className="data__pick">
            choose a file
            <input
              type="file"
              accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv,application/x-ndjson"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void read(file);
              }}
            />
          </label>
        </p>
        <p className="data__hint">
          Columns key, amount (whole cents), event_time and arrival_time (ISO 8601 with a zone, or
          epoch milliseconds); id, customer and partition (0 to 7, the region&rsquo;s partition of
          the topic) optional. Up to 1,000,000 orders and 26 keys.
        </p>
      </div>
      <div aria-live="polite" className="data__status">
        {status.kind === 'reading' && (
          <div className="data__progress">
            <label htmlFor="import-progress">{progressText(status.progress)}</label>
            <progress id="import-progress" max={100} value={percentRead(status.progress)} />
            <button
              type="button"
              onClick={() => {
                abort.current?.abort();
                setStatus({ kind: 'idle' });
              }}
            >
              Cancel
            </button>
          </div>
        )}
        {status.kind === 'running' && <p>{status.name} is valid: running every lane on it…</p>}
        {status.kind === 'failed' && (
          <p className="data__error">
            <span aria-hidden="true">✖ </span>
            {status.name} could not be read: {status.message}
          </p>
        )}
      </div>
      {status.kind === 'invalid' && (
        <div className="data__errors" role="alert">
          <p>
            <span aria-hidden="true">✖ </span>
            {errorSummary(status.name, status.errors.length, status.errorCount)}
          </p>
          <ol aria-label={`Errors in ${status.name}`}>
            {status.errors.map((e, i) => (
              <li key={i}>{issueText(e)}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
