// The sampling and summaries panel: the orders that have arrived by the lab's playhead flow into
// a reservoir (with a fairness check over many runs), a HyperLogLog of customers and a
// Space-Saving leaderboard of products. Each section selects only the arrived-order count it
// needs, so playing re-renders the sections, never the page.
import { useState } from 'react';
import { ReservoirSection } from './ReservoirSection';
import { TrialsSection } from './TrialsSection';
import { HllSection } from './HllSection';
import { LeaderboardSection } from './LeaderboardSection';
import type { ReservoirAlgorithm } from './reservoirModel';
import './sampling.css';

export function SamplingPanel() {
  const [k, setK] = useState(10);
  const [algorithm, setAlgorithm] = useState<ReservoirAlgorithm>('R');
  return (
    <div className="smp" data-testid="sampling-panel">
      <p className="smp-intro">
        A stream never ends, so a pipeline that wants a sample, a count of distinct customers or the
        best sellers cannot keep every order and look at them later. These summaries read each order
        once, as it arrives, and keep a fixed, small amount of memory. They are fed the orders that
        have reached the pipeline by the playhead: press Play (or Let the orders flow) and watch
        them fill.
      </p>
      <ReservoirSection k={k} onK={setK} algorithm={algorithm} onAlgorithm={setAlgorithm} />
      <TrialsSection k={k} />
      <HllSection />
      <LeaderboardSection />
    </div>
  );
}
