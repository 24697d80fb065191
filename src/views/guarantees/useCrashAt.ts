// The crash time lives in the page's view store, so the link carries it (`?crash=`).
import { useView, useViewApi } from '../../app/view/context';

export function useCrashAt(): [number | null, (t: number | null) => void] {
  const crashAt = useView((s) => s.crashAt);
  const api = useViewApi();
  return [crashAt, (t) => api.getState().setCrashAt(t)];
}
