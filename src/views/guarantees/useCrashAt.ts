// The crash time lives in the page's view store, so the link carries it (`?crash=`) and a preset
// can set it; so does the backfill's bug-found time (a preset sets it; Alt+R clears both).
import { useView, useViewApi } from '../../app/view/context';

export function useCrashAt(): [number | null, (t: number | null) => void] {
  const crashAt = useView((s) => s.crashAt);
  const api = useViewApi();
  return [crashAt, (t) => api.getState().setCrashAt(t)];
}

export function useBugFoundAt(): [number | null, (t: number | null) => void] {
  const bugFoundAt = useView((s) => s.bugFoundAt);
  const api = useViewApi();
  return [bugFoundAt, (t) => api.getState().setBugFoundAt(t)];
}
