// An in-process stand-in for the run worker: the worker's own handler behind a structured clone
// with transfer (what postMessage does), answering after a zero delay on the test's scheduler.
// It counts the runs it computed, so a test can tell superseded requests were never sent.
import { createRunHandler } from '../runWorker/handler';
import type { WorkerLike } from '../runWorker/client';
import type { FromRunWorker, ToRunWorker } from '../runWorker/protocol';
import type { Scheduler } from '../scheduler';

export interface FakeRunWorker extends WorkerLike {
  /** Run requests the worker has answered so far. */
  readonly computed: number;
}

export function fakeRunWorker(scheduler: Scheduler): FakeRunWorker {
  const handle = createRunHandler();
  let computed = 0;
  const worker: FakeRunWorker = {
    onmessage: null,
    onerror: null,
    get computed() {
      return computed;
    },
    postMessage(message: ToRunWorker, transfer: Transferable[] = []) {
      const sent = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
      scheduler.after(0, () => {
        const reply = handle(sent);
        if (reply === null) return;
        if (sent.kind === 'run') computed++;
        const data: FromRunWorker = structuredClone(reply.message, { transfer: reply.transfer });
        worker.onmessage?.({ data });
      });
    },
  };
  return worker;
}
