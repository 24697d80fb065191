// The lab's page: a header with the playback bar, the play area (four lanes), results against
// the truth, controls, the latency-versus-complexity chart and the explanations. Landmarks and
// headings give screen-reader and keyboard users the same map a sighted teacher sees.
import { lazy, Suspense, useState } from 'react';
import { LabProvider } from '../store/context';
import type { LabStore } from '../store/labStore';
import { LanesPanel } from '../views/lanes';
import { ResultsPanel } from '../views/results';
import { ControlsPanel } from '../views/controls';
import { PlaybackBar, usePlaybackKeys } from '../views/playback';
import { Narrator } from '../views/narration';
import { LaneTables } from '../views/lanetables';
import { HelpDialog } from './classroom/HelpDialog';
import { EmbedCodeMenu } from './embed/EmbedCodeMenu';
import { ChartExport, LanesExport, ResultsExport } from './export/ExportButtons';
import { PresetCard } from './classroom/PresetCard';
import { useClassroom } from './classroom/useClassroom';
import { ViewControls } from './classroom/ViewControls';
import { PanelBoundary } from './PanelBoundary';
import { usePanelTracking } from './usePanelTracking';
import { defaultUrlState } from './url/state';
import { ViewProvider } from './view/context';
import { LinkNotice } from './view/LinkNotice';
import { useDocumentView } from './view/useDocumentView';
import { createViewStore, type ViewStore } from './view/viewStore';
import './classroom.css';

// Below the fold, and heavy (the chart brings motion; the lessons are long texts): they load
// after first paint so the initial download stays small.
const LatencyChart = lazy(() =>
  import('../views/chart').then((mod) => ({ default: mod.LatencyChart })),
);
// Code export and events in/out: also below the fold, loaded after first paint.
const CodePanel = lazy(() => import('../views/code').then((mod) => ({ default: mod.CodePanel })));
const DataPanel = lazy(() => import('../views/data').then((mod) => ({ default: mod.DataPanel })));
// The side column's live explanations: text-heavy, and beside the lanes rather than on them.
const ExplainPanel = lazy(() =>
  import('../views/explain').then((mod) => ({ default: mod.ExplainPanel })),
);
// Sampling and one-pass summaries: below the fold too.
const SamplingPanel = lazy(() =>
  import('../views/sampling').then((mod) => ({ default: mod.SamplingPanel })),
);
// Failures and guarantees: below the fold, loaded after first paint.
const GuaranteesPanel = lazy(() =>
  import('../views/guarantees').then((mod) => ({ default: mod.GuaranteesPanel })),
);
const LearnPanel = lazy(() =>
  import('../views/explain/LearnPanel').then((mod) => ({ default: mod.LearnPanel })),
);

/** The page for a lab store; `view` carries the link's mode, theme, panel and notices. */
export function App({ store, view }: { store: LabStore; view?: ViewStore }) {
  const [fallbackView] = useState(() => view ?? createViewStore(defaultUrlState));
  return (
    <LabProvider store={store}>
      <ViewProvider store={view ?? fallbackView}>
        <LabPage />
      </ViewProvider>
    </LabProvider>
  );
}

function LabPage() {
  usePlaybackKeys();
  useClassroom();
  useDocumentView();
  usePanelTracking();
  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-title">
          <h1>Batch vs Stream Lab</h1>
          <p className="tagline">
            One stream of orders, four ways to total the revenue: see who answers first, and who is
            right.
          </p>
        </div>
        <div className="shell-tools">
          <ViewControls />
          <EmbedCodeMenu />
        </div>
        <PlaybackBar />
      </header>
      <LinkNotice />
      <PresetCard />
      <HelpDialog />
      <main className="shell-main">
        <div className="shell-column shell-column-wide">
          <section className="region region-play" aria-labelledby="play-title" data-panel="lanes">
            <h2 id="play-title">Play area</h2>
            <PanelBoundary name="The play area">
              <LanesPanel />
              <LanesExport />
              <LaneTables />
            </PanelBoundary>
            <Narrator />
          </section>
          <section
            className="region region-results"
            aria-labelledby="results-title"
            data-panel="results"
          >
            <h2 id="results-title">Results against the truth</h2>
            <PanelBoundary name="The results">
              <ResultsPanel />
              <ResultsExport />
            </PanelBoundary>
          </section>
          <section className="region region-chart" aria-labelledby="chart-title" data-panel="chart">
            <h2 id="chart-title">Latency versus complexity</h2>
            <PanelBoundary name="The chart">
              <Suspense fallback={<p className="loading">Loading the chart…</p>}>
                <LatencyChart />
                <ChartExport />
              </Suspense>
            </PanelBoundary>
          </section>
          <section
            className="region region-sampling"
            aria-labelledby="sampling-title"
            data-panel="sampling"
          >
            <h2 id="sampling-title">Sampling and summaries</h2>
            <PanelBoundary name="The sampling panel">
              <Suspense fallback={<p className="loading">Loading sampling and summaries…</p>}>
                <SamplingPanel />
              </Suspense>
            </PanelBoundary>
          </section>
          <section className="region region-code" aria-labelledby="code-title">
            <h2 id="code-title">Run it on a real engine</h2>
            <Suspense fallback={<p className="loading">Loading the code export…</p>}>
              <CodePanel />
            </Suspense>
          </section>
          <section className="region region-guarantees" aria-labelledby="guarantees-title">
            <h2 id="guarantees-title">Failures and guarantees</h2>
            <PanelBoundary name="The failures panel">
              <Suspense fallback={<p className="loading">Loading failures and guarantees…</p>}>
                <GuaranteesPanel />
              </Suspense>
            </PanelBoundary>
          </section>
          <section className="region region-data" aria-labelledby="data-title">
            <h2 id="data-title">Events in and out</h2>
            <Suspense fallback={<p className="loading">Loading export and import…</p>}>
              <DataPanel />
            </Suspense>
          </section>
        </div>
        <div className="shell-column shell-column-side">
          <section
            className="region region-controls"
            aria-labelledby="controls-title"
            data-panel="controls"
          >
            <h2 id="controls-title">Controls</h2>
            <PanelBoundary name="The controls">
              <ControlsPanel />
            </PanelBoundary>
          </section>
          <section
            className="region region-explain"
            aria-labelledby="explain-title"
            data-panel="explain"
          >
            <h2 id="explain-title">What is going on</h2>
            <PanelBoundary name="The explanations">
              <Suspense fallback={<p className="loading">Loading the explanations…</p>}>
                <ExplainPanel />
              </Suspense>
            </PanelBoundary>
          </section>
          <section className="region region-learn" aria-labelledby="learn-title" data-panel="learn">
            <h2 id="learn-title">Learn</h2>
            <PanelBoundary name="The lessons">
              <Suspense fallback={<p className="loading">Loading the lessons…</p>}>
                <LearnPanel />
              </Suspense>
            </PanelBoundary>
          </section>
        </div>
      </main>
    </div>
  );
}
