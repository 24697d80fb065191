// The failure slice: when the guarantees panel's job crashes and when the backfill's bug is found
// and fixed. They are lesson inputs like the settings (a preset sets them, the link carries the
// crash as `?crash=`), so they live in the lab store rather than in the page's view state.
import type { SliceCreator } from './state';

export interface FailureSlice {
  /** The guarantees panel's crash time (ms of processing time); null = no crash. */
  crashAt: number | null;
  /** The backfill's "bug found and fixed at" (ms of processing time); null = its default. */
  bugFoundAt: number | null;
  setCrashAt(t: number | null): void;
  setBugFoundAt(t: number | null): void;
}

export const createFailureSlice =
  ({ crashAt = null }: { crashAt?: number | null } = {}): SliceCreator<FailureSlice> =>
  (set) => ({
    crashAt,
    bugFoundAt: null,
    setCrashAt: (t) => set({ crashAt: t }),
    setBugFoundAt: (t) => set({ bugFoundAt: t }),
  });
