// The sampling panel inside an embed (`panel=sampling`): loaded on demand, as in the full lab, so
// an embed of one lane never downloads it.
import { lazy, Suspense } from 'react';

const SamplingPanel = lazy(() =>
  import('../../views/sampling').then((mod) => ({ default: mod.SamplingPanel })),
);

export function SamplingSlot() {
  return (
    <div id="sampling-panel" className="embed-slot" data-testid="sampling-slot">
      <Suspense fallback={<p className="loading">Loading the sampling panel…</p>}>
        <SamplingPanel />
      </Suspense>
    </div>
  );
}
