// Runs N trials of every sampler in slices of about 12 ms, yielding to the page between slices
// (through a MessageChannel, which unlike nested timers is not clamped to 4 ms), so 10,000 trials
// over 2,000 orders never freeze it; progress is published between slices. Starting again, or
// unmounting, cancels a run in flight. Slices are timed on the lab store's clock.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLabApi } from '../../store/context';
import {
  DETERMINISTIC,
  emptyTally,
  repeatTrial,
  runTrialChunk,
  samplerFactory,
  samplerTitle,
  SAMPLER_IDS,
  trialResult,
  type NaiveTuning,
  type TrialResult,
} from './trialsModel';

const SLICE_MS = 12;

/** Calls `fn` after the page has had a turn (input, paint); returns a cancel function. */
function soon(fn: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

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
  const { scheduler } = useLabApi();
  const [state, setState] = useState<TrialsState>({ status: 'idle' });
  const pending = useRef<(() => void) | null>(null);
  const cancel = useCallback(() => {
    pending.current?.();
    pending.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const start = useCallback(
    (req: TrialsRequest) => {
      cancel();
      const started = scheduler.now();
      const tallies = SAMPLER_IDS.map(() => emptyTally(req.n, req.k));
      // A few trials at a time between clock checks: about 20,000 offers.
      const perCheck = Math.max(1, Math.floor(20_000 / req.n));
      const total = req.trials * SAMPLER_IDS.length;
      let s = 0; // sampler in progress
      let done = 0; // trials done for it
      setState({ status: 'running', progress: 0, request: req });
      const slice = () => {
        const sliceStart = scheduler.now();
        while (s < SAMPLER_IDS.length && scheduler.now() - sliceStart < SLICE_MS) {
          const id = SAMPLER_IDS[s]!;
          const make = samplerFactory(id, req.tuning);
          // A sampler without randomness keeps the same positions every trial: run it once.
          const chunk = DETERMINISTIC.has(id) ? req.trials : Math.min(perCheck, req.trials - done);
          if (DETERMINISTIC.has(id)) repeatTrial(tallies[s]!, make, req.seed, chunk);
          else runTrialChunk(tallies[s]!, make, req.seed, done, chunk);
          done += chunk;
          if (done >= req.trials) {
            s++;
            done = 0;
          }
        }
        if (s >= SAMPLER_IDS.length) {
          pending.current = null;
          setState({
            status: 'done',
            request: req,
            results: SAMPLER_IDS.map((sid, i) =>
              trialResult(sid, samplerTitle(sid, req.tuning), tallies[i]!),
            ),
            ms: scheduler.now() - started,
          });
          return;
        }
        setState({
          status: 'running',
          progress: (s * req.trials + done) / total,
          request: req,
        });
        pending.current = soon(slice);
      };
      pending.current = soon(slice);
    },
    [cancel, scheduler],
  );

  const clear = useCallback(() => {
    cancel();
    setState({ status: 'idle' });
  }, [cancel]);

  return { state, start, clear };
}
