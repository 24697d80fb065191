// The lab's page: a header with the classroom tools and the playback bar, then the stage (four
// lanes, the latency-versus-complexity chart and the few controls that drive the late-data lesson)
// filling the first screen, then tabs for everything else. Landmarks and headings give
// screen-reader and keyboard users the same map a sighted teacher sees.
import { useState } from 'react';
import { useLater } from './useLater';
import { LabProvider } from '../store/context';
import type { LabStore } from '../store/labStore';
import { PlaybackBar, usePlaybackKeys } from '../views/playback';
import { HelpDialog } from './classroom/HelpDialog';
import { useClassroom } from './classroom/useClassroom';
import { ViewControls } from './classroom/ViewControls';
import { Stage } from './stage/Stage';
import { StageTabs } from './stage/StageTabs';
import { useTopHeight } from './stage/useTopHeight';
import { useSpotlight } from './stage/useSpotlight';
import { usePanelTracking } from './usePanelTracking';
import { defaultUrlState } from './url/state';
import { ViewProvider, useViewApi } from './view/context';
import { LinkNotice } from './view/LinkNotice';
import { useDocumentView } from './view/useDocumentView';
import { createViewStore, type ViewStore } from './view/viewStore';
import './classroom.css';
import './stage/stage.css';
import './stage/phone.css';

// The Embed menu (its snippet writer and the frame that measures a piece) loads just after the
// page: the first screen's download stays under its 150 KB budget.
const loadEmbedMenu = () => import('./embed/EmbedCodeMenu').then((m) => m.EmbedCodeMenu);

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
  useSpotlight(useViewApi());
  const topRef = useTopHeight();
  const EmbedMenu = useLater(loadEmbedMenu);
  return (
    <div className="shell">
      <header className="shell-top" ref={topRef}>
        <div className="shell-bar">
          <h1 className="shell-title">
            Batch vs Stream Lab
            <span className="visually-hidden">
              : one stream of orders, four ways to total the revenue; see who answers first, and who
              is right
            </span>
          </h1>
          <div className="shell-tools">
            <ViewControls />
            {EmbedMenu ? (
              // useLater sets the component once, from its module: its identity never changes.
              // eslint-disable-next-line react-hooks/static-components
              <EmbedMenu />
            ) : (
              // Disabled until the menu is there: a click on a stand-in would open nothing.
              <button type="button" className="embed-code-pending" disabled>
                Embed
              </button>
            )}
          </div>
        </div>
        <PlaybackBar />
      </header>
      <div className="shell-notices">
        <LinkNotice />
      </div>
      <HelpDialog />
      <main className="shell-main">
        <Stage />
        <StageTabs />
      </main>
    </div>
  );
}
