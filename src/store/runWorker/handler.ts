// The run worker's logic, apart from the worker's global scope so unit tests run it in-process:
// it keeps the runs it computed, computes each request with runLab against the run the page
// holds (so unchanged lanes are reused), and answers with a delta against that run.
import { EngineInputError, lab, type LabRun, type OrderEvent } from '../../engine';
import { packRun } from './codec';
import { allOrders } from './orders';
import type { FromRunWorker, ToRunWorker } from './protocol';

const runLab = lab.runLab;

export interface Reply {
  message: FromRunWorker;
  transfer: ArrayBuffer[];
}

/** A fresh worker state and the function that answers its messages (null: nothing to answer). */
export function createRunHandler(): (message: ToRunWorker) => Reply | null {
  // The page's next request names either the base it named last time (it dropped a superseded
  // reply) or the newest run: those two are all the worker keeps.
  let runs = new Map<number, LabRun>();
  let latest: LabRun | undefined;
  let gen = 0;
  let imported: { token: number; orders: OrderEvent[] } | null = null;

  return (m) => {
    if (m.kind === 'orders') {
      imported = { token: m.token, orders: allOrders(m.columns) };
      return null;
    }
    const base = m.base === null ? undefined : runs.get(m.base);
    let orders: OrderEvent[] | undefined;
    if (m.imported !== null) {
      if (imported?.token !== m.imported) throw new Error(`no imported orders ${m.imported}`);
      orders = imported.orders;
    }
    let next: LabRun;
    try {
      next = runLab(m.settings, base ?? latest, orders);
    } catch (err) {
      if (!(err instanceof EngineInputError)) throw err;
      return { message: { kind: 'refused', id: m.id, message: err.message }, transfer: [] };
    }
    const id = ++gen;
    runs = new Map(base === undefined ? [] : [[m.base!, base]]);
    runs.set(id, next);
    latest = next;
    if (!m.reply) {
      return { message: { kind: 'run', id: m.id, gen: id, base: null, delta: null }, transfer: [] };
    }
    // A base the worker no longer holds: send every part, the page keeps nothing.
    const { delta, transfer } = packRun(next, base, orders);
    const message: FromRunWorker = {
      kind: 'run',
      id: m.id,
      gen: id,
      base: base === undefined ? null : m.base,
      delta,
    };
    return { message, transfer };
  };
}
