// Everything the stage leaves out, one tab each, under the stage. A tab's panel mounts the first
// time it opens and then stays (hidden while another tab is open), so a learner's trials, crash
// and import are still there when they come back. Arrow keys move between tabs (ARIA tabs).
import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ChartExport, LanesExport, ResultsExport } from '../export/ExportButtons';
import { PanelBoundary } from '../PanelBoundary';
import { useView, useViewApi } from '../view/context';
import { TABS, type TabId } from './tabs';

// Every tab loads its code the first time it opens (Results, open by default, just after the
// stage's first paint).
const ResultsPanel = lazy(() =>
  import('../../views/results').then((mod) => ({ default: mod.ResultsPanel })),
);
const ControlsPanel = lazy(() =>
  import('../../views/controls').then((mod) => ({ default: mod.ControlsPanel })),
);
const LaneTables = lazy(() =>
  import('../../views/lanetables').then((mod) => ({ default: mod.LaneTables })),
);
const CodePanel = lazy(() =>
  import('../../views/code').then((mod) => ({ default: mod.CodePanel })),
);
const DataPanel = lazy(() =>
  import('../../views/data').then((mod) => ({ default: mod.DataPanel })),
);
const ExplainPanel = lazy(() =>
  import('../../views/explain').then((mod) => ({ default: mod.ExplainPanel })),
);
const SamplingPanel = lazy(() =>
  import('../../views/sampling').then((mod) => ({ default: mod.SamplingPanel })),
);
const GuaranteesPanel = lazy(() =>
  import('../../views/guarantees').then((mod) => ({ default: mod.GuaranteesPanel })),
);
const LearnPanel = lazy(() =>
  import('../../views/explain/LearnPanel').then((mod) => ({ default: mod.LearnPanel })),
);
const ChartTablePanel = lazy(() =>
  import('../../views/chart').then((mod) => ({ default: mod.ChartTablePanel })),
);

/** Each tab's heading (the region's name) and content. */
/** A lesson's "Show me" plays on the stage: bring it back into view. */
const bringStageIntoView = () => window.scrollTo({ top: 0 });

const PANELS: Record<TabId, { heading: string; body: () => ReactNode }> = {
  results: {
    heading: 'Results against the truth',
    body: () => (
      <>
        <PanelBoundary name="The results">
          <Suspense fallback={<p className="loading">Loading the results…</p>}>
            <ResultsPanel />
            <ResultsExport />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="The chart's numbers">
          <Suspense fallback={<p className="loading">Loading the chart's numbers…</p>}>
            <ChartTablePanel />
            <ChartExport />
          </Suspense>
        </PanelBoundary>
      </>
    ),
  },
  controls: {
    heading: 'Controls',
    body: () => (
      <PanelBoundary name="The controls">
        <Suspense fallback={<p className="loading">Loading the controls…</p>}>
          <ControlsPanel />
        </Suspense>
      </PanelBoundary>
    ),
  },
  explain: {
    heading: 'What is going on',
    body: () => (
      <>
        <PanelBoundary name="The explanations">
          <Suspense fallback={<p className="loading">Loading the explanations…</p>}>
            <ExplainPanel />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="The lanes as tables">
          <Suspense fallback={<p className="loading">Loading the lanes as tables…</p>}>
            <LaneTables />
          </Suspense>
          <LanesExport />
        </PanelBoundary>
      </>
    ),
  },
  sampling: {
    heading: 'Sampling and summaries',
    body: () => (
      <PanelBoundary name="The sampling panel">
        <Suspense fallback={<p className="loading">Loading sampling and summaries…</p>}>
          <SamplingPanel />
        </Suspense>
      </PanelBoundary>
    ),
  },
  failures: {
    heading: 'Failures and guarantees',
    body: () => (
      <PanelBoundary name="The failures panel">
        <Suspense fallback={<p className="loading">Loading failures and guarantees…</p>}>
          <GuaranteesPanel />
        </Suspense>
      </PanelBoundary>
    ),
  },
  learn: {
    heading: 'Learn',
    body: () => (
      <PanelBoundary name="The lessons">
        <Suspense fallback={<p className="loading">Loading the lessons…</p>}>
          <LearnPanel onShowMe={bringStageIntoView} />
        </Suspense>
      </PanelBoundary>
    ),
  },
  code: {
    heading: 'Run it on a real engine',
    body: () => (
      <PanelBoundary name="The code export">
        <Suspense fallback={<p className="loading">Loading the code export…</p>}>
          <CodePanel />
        </Suspense>
      </PanelBoundary>
    ),
  },
  data: {
    heading: 'Events in and out',
    body: () => (
      <PanelBoundary name="Events in and out">
        <Suspense fallback={<p className="loading">Loading export and import…</p>}>
          <DataPanel />
        </Suspense>
      </PanelBoundary>
    ),
  },
};

export function StageTabs() {
  const view = useViewApi();
  const tab = useView((s) => s.tab);
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  const listRef = useRef<HTMLDivElement>(null);

  const open = (id: TabId, scroll: boolean) => {
    view.getState().setPanel(id);
    if (scroll) listRef.current?.scrollIntoView({ block: 'start' });
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const id = TABS[next]!.id;
    open(id, false);
    listRef.current?.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  };

  return (
    <div className="tabs" data-testid="stage-tabs">
      <div className="tabs-list" role="tablist" aria-label="More of the lab" ref={listRef}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => open(t.id, true)}
            onKeyDown={onKey}
          >
            {t.title}
          </button>
        ))}
      </div>
      {TABS.filter((t) => opened.has(t.id)).map((t) => (
        <section
          key={t.id}
          id={`tabpanel-${t.id}`}
          role="tabpanel"
          aria-labelledby={`${t.id}-title`}
          className={`region tabs-panel region-${t.id}`}
          data-panel={t.id}
          hidden={t.id !== tab}
        >
          <h2 id={`${t.id}-title`}>{PANELS[t.id].heading}</h2>
          {PANELS[t.id].body()}
        </section>
      ))}
    </div>
  );
}
