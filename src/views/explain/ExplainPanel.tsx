// A short explanation per lane of what it does and why its numbers differ from the truth at the
// playhead. It reads the store's paced playhead, so while playing the facts are worked out at most
// every PLAY_PACE_MS (as fast as anyone can read them) and a frame re-renders nothing; paused,
// stepping or scrubbing, they are the playhead's own.
import { useId, useMemo } from 'react';
import { lab, type LaneId } from '../../engine';
import { useLab } from '../../store/context';
import { selectPacedPlayhead, selectRun } from '../../store/selectors';
import { explainLane } from './explain';
import { LANE_INTRO } from './text';
import './explain.css';

const LANE_TITLES: Record<LaneId, string> = {
  batch: 'Batch',
  microbatch: 'Micro-batch',
  stream: 'Stream',
  request: 'Per-request',
};

/** The live explanation of one lane; the lead may also place it beside the lane itself. */
export function LaneExplanation({ lane }: { lane: LaneId }) {
  const run = useLab(selectRun);
  const at = useLab(selectPacedPlayhead);
  const text = useMemo(() => explainLane(lane, run, at), [lane, run, at]);
  const id = useId();
  return (
    <section className="ex-lane" aria-labelledby={id} data-lane={lane}>
      <h3 id={id}>{LANE_TITLES[lane]}</h3>
      <p className="ex-intro">{LANE_INTRO[lane]}</p>
      <p className="ex-now" data-testid={`explain-${lane}`}>
        {text}
      </p>
    </section>
  );
}

export function ExplainPanel() {
  return (
    <div className="ex" data-testid="explain-panel">
      {lab.LANES.map((lane) => (
        <LaneExplanation key={lane} lane={lane} />
      ))}
    </div>
  );
}
