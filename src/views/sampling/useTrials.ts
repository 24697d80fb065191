// Runs N trials of every sampler in slices of about 100,000 offers, one slice per macrotask, so
// 10,000 trials over 2,000 orders (about a second in all) never freeze the page; a progress value
// is published between slices. Starting again, or unmounting, cancels a run in flight.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  emptyTally,
  runTrialChunk,
  samplerFactory,
  samplerTitle,
  SAMPLER_IDS,
  trialResult,
  type NaiveTuning,
  type TrialResult,
} from './trialsModel';

const OFFERS_PER_SLICE = 100_000;

export interface TrialsRequest {
  n: number;
  k: number;
  trials: number;
  seed: number;
  tuning: NaiveTuning;
}

export type TrialsState =
  | { status: 'idle' }
  | { status: 'running'; progress: number; request: TrialsRequest }
  | { status: 'done'; request: TrialsRequest; results: TrialResult[]; ms: number };

export function useTrials(): {
  state: TrialsState;
  start: (request: TrialsRequest) => void;
  clear: () => void;
} {
  const [state, setState] = useState<TrialsState>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const start = useCallback(
    (req: TrialsRequest) => {
      cancel();
      const started = performance.now();
      const tallies = SAMPLER_IDS.map(() => emptyTally(req.n, req.k));
      const perSlice = Math.max(1, Math.floor(OFFERS_PER_SLICE / req.n));
      const total = req.trials * SAMPLER_IDS.length;
      let s = 0; // sampler in progress
      let done = 0; // trials done for it
      setState({ status: 'running', progress: 0, request: req });
      const slice = () => {
        const id = SAMPLER_IDS[s]!;
        const chunk = Math.min(perSlice, req.trials - done);
        runTrialChunk(tallies[s]!, samplerFactory(id, req.tuning), req.seed, done, chunk);
        done += chunk;
        if (done >= req.trials) {
          s++;
          done = 0;
        }
        if (s >= SAMPLER_IDS.length) {
          timer.current = null;
          setState({
            status: 'done',
            request: req,
            results: SAMPLER_IDS.map((sid, i) =>
              trialResult(sid, samplerTitle(sid, req.tuning), tallies[i]!),
            ),
            ms: performance.now() - started,
          });
          return;
        }
        setState({
          status: 'running',
          progress: (s * req.trials + done) / total,
          request: req,
        });
        timer.current = setTimeout(slice, 0);
      };
      timer.current = setTimeout(slice, 0);
    },
    [cancel],
  );

  const clear = useCallback(() => {
    cancel();
    setState({ status: 'idle' });
  }, [cancel]);

  return { state, start, clear };
}
