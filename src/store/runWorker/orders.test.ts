// Imported orders reach the run worker in the columns they came in, handed over once.
import { describe, expect, it } from 'vitest';
import { ordersToColumns, rememberColumns, takeColumns } from './orders';

const orders = [
  { id: 1, key: 'a', amount: 7, eventTime: 3, arrivalTime: 4 },
  { id: 2, key: 'b', amount: 5, eventTime: 4, arrivalTime: 6, partition: 1 },
];

describe('takeColumns', () => {
  it('hands over the columns remembered for an orders array once, then packs fresh ones', () => {
    const received = ordersToColumns(orders);
    rememberColumns(orders, received);
    expect(takeColumns(orders)).toBe(received);
    // A transfer empties the first columns: a second send must not reuse them.
    const again = takeColumns(orders);
    expect(again).not.toBe(received);
    expect(again).toEqual(received);
  });

  it('packs columns for orders it was never given columns for', () => {
    expect(takeColumns([...orders])).toEqual(ordersToColumns(orders));
  });
});
