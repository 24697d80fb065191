// The stage: what a class must see at once, on one screen. The four lanes (or one enlarged with
// the other three small beside it), and beside them the latency-versus-complexity chart, the
// preset in play and the few controls that drive the late-data lesson.
import { lazy, Suspense, useCallback } from 'react';
import type { LaneId } from '../../engine';
import { useLab } from '../../store/context';
import { selectCrashAt, selectPendingOrders } from '../../store/selectors';
import { LanesPanel } from '../../views/lanes';
import { LateLessonControls } from '../../views/controls/LateLessonControls';
import { Narrator } from '../../views/narration';
import { PresetCard } from '../classroom/PresetCard';
import { PanelBoundary } from '../PanelBoundary';
import { useView, useViewApi } from '../view/context';
import { useLater } from '../useLater';
import { StartHint } from './StartHint';

// The chart brings motion: it loads just after first paint, so the first download stays small.
// Only tall screens show it (a CSS rule): the reservoir's code need not hold up the first paint.
const loadReservoir = () =>
  import('../../views/sampling/MiniReservoir').then((m) => m.MiniReservoir);
const LatencyChart = lazy(() =>
  import('../../views/chart').then((mod) => ({ default: mod.LatencyChart })),
);

const NO_LANES: readonly LaneId[] = [];

export function Stage() {
  const focus = useView((s) => s.focus);
  const Reservoir = useLater(loadReservoir);
  const present = useView((s) => s.mode === 'present');
  const spot = useView((s) => s.spotlight?.at ?? null);
  const crashAt = useLab(selectCrashAt);
  const pending = useLab(selectPendingOrders) !== null;
  const spotlitLanes = spot?.kind === 'lanes' && spot.lanes.length > 1 ? spot.lanes : NO_LANES;
  const view = useViewApi();
  const setFocus = useCallback((lane: LaneId | null) => view.getState().setFocus(lane), [view]);
  return (
    <div className="stage" data-focus={focus ?? undefined} data-testid="stage">
      <section className="region region-play" aria-labelledby="play-title" data-panel="lanes">
        <h2 id="play-title" className="visually-hidden">
          Play area
        </h2>
        <PanelBoundary name="The play area">
          <LanesPanel
            focus={focus}
            onFocus={setFocus}
            font={present ? 16 : 13}
            spotlit={spotlitLanes}
            crashAt={crashAt}
          />
        </PanelBoundary>
        <StartHint />
        <Narrator />
      </section>
      <div className="stage-side">
        <PresetCard />
        <section
          className="region region-chart"
          aria-labelledby="chart-title"
          data-panel="chart"
          data-spotlit={spot?.kind === 'chart' ? '' : undefined}
          data-pending={pending || undefined}
        >
          <h2 id="chart-title">Latency versus complexity</h2>
          <PanelBoundary name="The chart">
            <Suspense fallback={<p className="loading">Loading the chart…</p>}>
              <LatencyChart variant="stage" font={present ? 16 : 13} />
            </Suspense>
          </PanelBoundary>
        </section>
        <section className="region region-try" aria-labelledby="try-title">
          <h2 id="try-title">What if orders arrive late?</h2>
          <PanelBoundary name="The stage controls">
            <LateLessonControls />
            {/* useLater sets the component once, from its module: its identity never changes. */}
            {/* eslint-disable-next-line react-hooks/static-components */}
            {Reservoir && <Reservoir />}
          </PanelBoundary>
        </section>
      </div>
    </div>
  );
}
