// The app's run worker: a module Worker the bundler builds from worker.ts.
import type { WorkerLike } from './client';

/** A new run worker (createLabStore's `runWorker` option in the app). */
export const browserRunWorker = (): WorkerLike =>
  // A Worker is a WorkerLike whose messages are typed loosely (MessageEvent<any>).
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
