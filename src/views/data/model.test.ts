import { describe, expect, it } from 'vitest';
import { ordersBuffers, ordersFromColumns, ordersToColumns } from '../../store/runWorker/orders';
import { io } from '../../engine';
import { errorSummary, issueText, percentRead, progressText, skewNotice } from './model';

describe('data panel model', () => {
  it('progressText says the share read, the orders and the megabytes', () => {
    expect(progressText({ bytes: 5_242_880, total: 10_485_760, rows: 84_000 })).toBe(
      'Checking… 50% (84,000 orders read, 5.0 of 10.0 MB)',
    );
    expect(percentRead({ bytes: 0, total: 0, rows: 0 })).toBe(100);
  });
  it('issueText numbers lines and capitalises file-wide problems', () => {
    expect(issueText({ line: 12_000, message: 'amount -5 is negative' })).toBe(
      'Line 12,000: amount -5 is negative',
    );
    expect(issueText({ line: null, message: 'the file is empty' })).toBe('The file is empty');
  });
  it('errorSummary says how many errors and how many are listed', () => {
    expect(errorSummary('a.csv', 10, 25)).toBe(
      'a.csv was not imported: 25 errors; the first 10 are listed. The lab still runs on its previous orders.',
    );
    expect(errorSummary('a.csv', 1, 1)).toMatch(/1 error\. /);
  });
  it('skewNotice counts the orders that arrive before their event time, and is silent without', () => {
    const at = (id: number, eventTime: number, arrivalTime: number) => ({
      id,
      key: 'p1',
      amount: 1,
      eventTime,
      arrivalTime,
    });
    const orders = [
      at(0, 5_000, 2_000),
      at(1, 1_000, 4_000),
      ...Array.from({ length: 1200 }, (_, i) => at(2 + i, 9_000, 8_500)),
    ];
    expect(io.clockSkew(orders)).toEqual({ count: 1201, maxAhead: 3_000 });
    expect(skewNotice(io.clockSkew(orders))).toBe(
      '1,201 orders arrive before their event time (by up to 3 s): clock skew? They are kept, as a pipeline would receive them. If most orders do, are event_time and arrival_time swapped?',
    );
    expect(skewNotice(io.clockSkew([at(0, 5_000, 4_500)]))).toMatch(
      /^1 order arrives before its event time \(by up to 500 ms\)/,
    );
    expect(skewNotice(io.clockSkew([at(0, 1_000, 4_000)]))).toBeNull();
  });
  it('columns round-trip orders, with and without customers and source partitions', () => {
    // The import once sent its orders to the page without their partition column, so a file
    // that named regions lost them on the way.
    const orders = [
      { id: 3, key: 'b', amount: 5, eventTime: 1, arrivalTime: 2, customer: 9, partition: 2 },
      { id: 1, key: 'a', amount: 7, eventTime: 3, arrivalTime: 4 },
    ];
    const c = ordersToColumns(orders);
    expect(ordersBuffers(c)).toHaveLength(7);
    const out: typeof orders = [];
    ordersFromColumns(c, 0, 1, out);
    ordersFromColumns(c, 1, 2, out);
    expect(out).toEqual(orders);
  });
});
