// Why a lane cannot run the current settings (the engine's own message), shown in the lane's
// control group so a combination the engine refuses is explained where it is set.
import { useLab } from '../../store/context';
import { selectLaneError } from '../../store/selectors';
import type { LaneId } from '../../engine';

export function LaneError({ lane, name }: { lane: LaneId; name: string }) {
  const error = useLab(selectLaneError(lane));
  if (error === null) return null;
  return (
    <p className="ctl-lane-error" data-testid={`lane-error-${lane}`}>
      <strong>{name} can't run these settings:</strong> {error}
    </p>
  );
}
