// The store runs the lab on imported orders until the import is cleared.
import { describe, expect, it } from 'vitest';
import { createLabStore } from './labStore';

const orders = [
  {
    id: 0,
    key: 'a',
    amount: 5,
    eventTime: 12 * 3_600_000 + 1000,
    arrivalTime: 12 * 3_600_000 + 2000,
  },
  {
    id: 1,
    key: 'b',
    amount: 7,
    eventTime: 12 * 3_600_000 + 3000,
    arrivalTime: 12 * 3_600_000 + 4000,
  },
];

describe('lab store import', () => {
  it('importOrders runs every lane on the given orders and keeps them across settings changes', () => {
    const store = createLabStore();
    store.getState().importOrders(orders, 'mine.csv');
    expect(store.getState().run.events).toBe(orders);
    expect(store.getState().imported?.name).toBe('mine.csv');
    store.getState().applySettings({ scenario: { seed: 9 }, stream: { watermarkBound: 0 } });
    expect(store.getState().run.events).toBe(orders);
    expect(store.getState().run.truth.map((r) => r.key)).toEqual(['a', 'b']);
  });
  it('clearImport goes back to the generated orders', () => {
    const store = createLabStore();
    const generated = store.getState().run.events;
    store.getState().importOrders(orders, 'mine.csv');
    store.getState().clearImport();
    expect(store.getState().imported).toBeNull();
    expect(store.getState().run.events).toEqual(generated);
  });
});
