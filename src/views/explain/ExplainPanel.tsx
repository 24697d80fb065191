// A short explanation per lane of what it does and why its numbers differ from the truth at the
// playhead. Each lane selects its sentence as a string, so React re-renders a lane only when its
// facts change; while playing, the facts are read at most about four times a real second
// (explanationTime), which is as fast as anyone can read them anyway.
import { useId } from 'react';
import { LANES, type LaneId } from '../../engine';
import { useLab } from '../../store/context';
import { explainLane, explanationTime } from './explain';
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
  const text = useLab((s) => explainLane(lane, s.run, explanationTime(s)));
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
      {LANES.map((lane) => (
        <LaneExplanation key={lane} lane={lane} />
      ))}
    </div>
  );
}
