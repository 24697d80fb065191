// Entry point: reads the link (settings, playhead, view), creates the lab's stores from it and
// mounts the page into #root (the full lab, or with `embed=1` the chrome-less embed). Whatever the
// link got wrong is listed in a notice, never fatal.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startPreset } from './app/classroom/player';
import { hasSettingParams, parseLabUrl } from './app/url/codec';
import { createViewStore } from './app/view/viewStore';
import { createLabStore } from './store/labStore';
import { browserRunWorker } from './store/runWorker/browserWorker';
import './app/theme.css';

// Only an embed needs the embed's page and message API: the full lab does not download them.
const EmbedApp = lazy(() => import('./app/embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { state, ignored } = parseLabUrl(window.location.search);
const store = createLabStore(state.settings, {
  crashAt: state.crashAt,
  staleImport: state.imported,
  runWorker: browserRunWorker,
});
const view = createViewStore(state, ignored);
// A link that names a preset but no settings (typed by hand) gets that preset's scenario.
if (state.preset !== null && !hasSettingParams(window.location.search))
  startPreset(store, view, state.preset);
if (state.playhead !== null) store.getState().seek(state.playhead);
store.getState().setSpeed(state.speed);
createRoot(root, {
  // A panel's error boundary has shown the failure; a warning keeps it out of the error log.
  onCaughtError: (error, info) => console.warn('A panel failed:', error, info.componentStack),
}).render(
  <StrictMode>
    {state.embed ? (
      <Suspense fallback={null}>
        <EmbedApp store={store} view={view} />
      </Suspense>
    ) : (
      <App store={store} view={view} />
    )}
  </StrictMode>,
);
