// The crash time and the backfill's bug-found time are the lab store's failure slice, so the link
// carries the crash (`?crash=`) and a preset can set both (Alt+R clears them).
import { useLab, useLabApi } from '../../store/context';
import { selectBugFoundAt, selectCrashAt } from '../../store/selectors';

export function useCrashAt(): [number | null, (t: number | null) => void] {
  const crashAt = useLab(selectCrashAt);
  const api = useLabApi();
  return [crashAt, (t) => api.getState().setCrashAt(t)];
}

export function useBugFoundAt(): [number | null, (t: number | null) => void] {
  const bugFoundAt = useLab(selectBugFoundAt);
  const api = useLabApi();
  return [bugFoundAt, (t) => api.getState().setBugFoundAt(t)];
}
