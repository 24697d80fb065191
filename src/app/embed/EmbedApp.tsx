// The lab as another page embeds it (`?embed=1`): no title, presets or side panels, just the
// piece the link names (all lanes, one lane, the chart, results or sampling) under a small
// playback bar. Nothing plays until the reader clicks Start (or the host sends `play`); the
// host steers it and hears back through the message API (useEmbedMessages).
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LabProvider, useLabApi } from '../../store/context';
import type { LabStore } from '../../store/labStore';
import { LanesPanel } from '../../views/lanes';
import { ResultsPanel } from '../../views/results';
import { Narrator } from '../../views/narration';
import { usePlaybackKeys } from '../../views/playback';
import { PanelBoundary } from '../PanelBoundary';
import { ViewProvider, useView } from '../view/context';
import { LinkNotice } from '../view/LinkNotice';
import { useDocumentView } from '../view/useDocumentView';
import type { ViewStore } from '../view/viewStore';
import { EmbedBar } from './EmbedBar';
import { embedPiece, embedTitle, type EmbedPiece } from './pieces';
import { SamplingSlot } from './slots';
import { useEmbedMessages } from './useEmbedMessages';
import '../classroom.css';
import './embed.css';

const LatencyChart = lazy(() =>
  import('../../views/chart').then((mod) => ({ default: mod.LatencyChart })),
);

/**
 * Pieces whose screen-reader narration fits: it tells of the stream's windows closing and its
 * late orders dropped, words a batch or micro-batch lane alone (or the chart) does not show.
 */
const NARRATED: ReadonlySet<EmbedPiece> = new Set(['lanes', 'stream', 'results']);

/** The embed for a lab store and a view store read from the link. */
export function EmbedApp({ store, view }: { store: LabStore; view: ViewStore }) {
  return (
    <LabProvider store={store}>
      <ViewProvider store={view}>
        <EmbedPage />
      </ViewProvider>
    </LabProvider>
  );
}

function EmbedPage() {
  const lab = useLabApi();
  const piece = embedPiece(useView((s) => s.panel));
  const title = embedTitle(piece);
  const root = useRef<HTMLDivElement>(null);
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);
  usePlaybackKeys();
  useDocumentView();
  useEmbedMessages(root, start);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('mode-embed');
    document.title = title;
    return () => html.classList.remove('mode-embed');
  }, [title]);
  // Play from the keyboard or the host also lifts the overlay.
  useEffect(() => lab.subscribe((s) => s.playing && start()), [lab, start]);

  return (
    <div className="embed" ref={root} data-testid="embed" data-piece={piece}>
      <main className="embed-main" inert={!started} aria-labelledby="embed-title">
        <h1 id="embed-title" className="embed-title">
          {title}
        </h1>
        <EmbedBar />
        <LinkNotice />
        <PanelBoundary name={title}>
          <Piece piece={piece} />
        </PanelBoundary>
        {NARRATED.has(piece) ? <Narrator /> : null}
      </main>
      {started ? null : (
        <div className="embed-overlay">
          <button
            type="button"
            className="embed-start"
            data-testid="embed-start"
            onClick={() => {
              start();
              lab.getState().play();
            }}
          >
            <span aria-hidden="true">▶ </span>Start
            <span className="visually-hidden"> {title}</span>
          </button>
        </div>
      )}
    </div>
  );
}

function Piece({ piece }: { piece: EmbedPiece }) {
  switch (piece) {
    case 'lanes':
      return <LanesPanel />;
    case 'stream':
    case 'microbatch':
    case 'batch':
      return <LanesPanel only={piece} />;
    case 'chart':
      return (
        <Suspense fallback={<p className="loading">Loading the chart…</p>}>
          <LatencyChart />
        </Suspense>
      );
    case 'results':
      return <ResultsPanel />;
    case 'sampling':
      return <SamplingSlot />;
  }
}
