// The run worker: runLab off the page's thread for large scenarios. All its logic is in
// handler.ts; this file only binds it to the worker's messages.
import { createRunHandler } from './handler';
import type { ToRunWorker } from './protocol';

const handle = createRunHandler();
const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<ToRunWorker>) => {
  const reply = handle(event.data);
  if (reply !== null) scope.postMessage(reply.message, reply.transfer);
};
