// The code panel: the lab's current settings as Flink SQL, PySpark, Beam Python, a batch SQL job
// and Flink DataStream Java (Kafka Streams Java for the Kafka Streams stream engine), and DuckDB
// SQL, each with copy and download buttons and a note on where the engine departs from the lab.
// Tabs follow the ARIA tabs pattern (arrow keys move between them). Plain, high-contrast text:
// no highlighter library, which keeps the bundle small and the contrast certain.
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { selectRun } from '../../store/selectors';
import { downloadText } from '../data/download';
import { codeTabs, nextTab } from './model';
import './code.css';

export function CodePanel() {
  // Below the fold: a settings change repaints the results and chart first, the code a frame later.
  const run = useDeferredValue(useLab(selectRun));
  const tabs = useMemo(() => codeTabs(run), [run]);
  const [active, setActive] = useState(0);
  const { scheduler } = useLabApi();
  const [copied, setCopied] = useState<string | null>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // The tabs change with the stream engine (Kafka Streams has fewer): stay on the last one.
  const current = Math.min(active, tabs.length - 1);
  const tab = tabs[current]!;

  const onKey = (e: KeyboardEvent) => {
    const next = nextTab(e.key, current, tabs.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(tab.code);
      setCopied(`${tab.label} copied to the clipboard.`);
    } catch {
      setCopied('The browser refused the clipboard: select the code and copy it by hand.');
    }
  };

  return (
    <div className="code" data-testid="code-panel">
      <p className="code__intro">
        The settings above as jobs for real engines. They read the events you can export below from
        a Kafka topic named <code>orders</code>; the DuckDB SQL reads the exported{' '}
        <code>orders.csv</code> itself and runs on a laptop.
      </p>
      <div role="tablist" aria-label="Engine" className="code__tabs" onKeyDown={onKey}>
        {tabs.map((t, i) => (
          <button
            key={t.target}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`code-tab-${t.target}`}
            aria-selected={i === current}
            aria-controls={`code-panel-${t.target}`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => {
              setActive(i);
              setCopied(null);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`code-panel-${tab.target}`}
        aria-labelledby={`code-tab-${tab.target}`}
        className="code__panel"
      >
        <div className="code__actions">
          <button type="button" onClick={() => void copy()}>
            Copy {tab.label}
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(
                tab.fileName,
                tab.code,
                tab.language === 'sql'
                  ? 'application/sql'
                  : tab.language === 'java'
                    ? 'text/x-java-source'
                    : 'text/x-python',
                scheduler,
              )
            }
          >
            Download {tab.fileName}
          </button>
          <span role="status" className="code__copied">
            {copied}
          </span>
        </div>
        {tab.differences.length > 0 && (
          <div className="code__diffs">
            <h3>
              <span aria-hidden="true">≠ </span>Where {tab.label} differs from the lab
            </h3>
            <ul>
              {tab.differences.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
        )}
        <pre className="code__source" tabIndex={0} aria-label={`${tab.label} code`}>
          <code>{tab.code}</code>
        </pre>
      </div>
    </div>
  );
}
