// Export then import gives back the very same orders; every malformed input is refused with a
// line-numbered reason and nothing half-read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { OrderEvent } from '../core/types';
import { generateOrders } from '../events/generate';
import { defaultScenario } from '../events/scenario';
import { groundTruth } from '../pipelines/query';
import { createLineSplitter } from './lines';
import { createEventImport, importEvents, type ImportResult } from './parse';
import { eventsToCsv, eventsToJsonl, resultsToCsv } from './serialize';
import { clockSkew } from './skew';

const orders = generateOrders({ ...defaultScenario, duration: 5 * 60_000 });
const HEADER = 'id,key,amount,customer,event_time,arrival_time';

function events(r: ImportResult): OrderEvent[] {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.events;
}
function errorsOf(r: ImportResult) {
  if (r.ok) throw new Error('expected errors');
  return r;
}

const orderArb = fc.record(
  {
    id: fc.integer({ min: 0, max: 1e12 }),
    key: fc
      .string({ minLength: 1, maxLength: 12 })
      .filter(
        (k) =>
          k.trim() === k &&
          k !== '' &&
          !['\r', '\n', '\u0000', '\uFFFD'].some((c) => k.includes(c)),
      ),
    amount: fc.integer({ min: 0, max: 1e9 }),
    eventTime: fc.integer({ min: 0, max: 4e12 }),
    arrivalTime: fc.integer({ min: 0, max: 4e12 }),
    customer: fc.integer({ min: 0, max: 1e6 }),
  },
  { requiredKeys: ['id', 'key', 'amount', 'eventTime', 'arrivalTime'] },
);
const ordersArb = fc
  .uniqueArray(orderArb, { selector: (o) => o.id, minLength: 1, maxLength: 60 })
  .filter((os) => new Set(os.map((o) => o.key)).size <= 26)
  .map(
    (os) => [...os].sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id) as OrderEvent[],
  );

describe('export → import round trip', () => {
  it('eventsToCsv then importEvents gives the lab its orders back exactly', () => {
    expect(events(importEvents(eventsToCsv(orders)))).toEqual(orders);
  });
  it('eventsToJsonl then importEvents gives the lab its orders back exactly', () => {
    expect(events(importEvents(eventsToJsonl(orders)))).toEqual(orders);
  });
  it('so the truth computed on the imported orders is the same', () => {
    const window = { kind: 'tumbling' as const, size: 60_000 };
    expect(groundTruth(events(importEvents(eventsToCsv(orders))), window)).toEqual(
      groundTruth(orders, window),
    );
  });
  it('holds for arbitrary orders, keys with commas and quotes included, in both formats', () => {
    fc.assert(
      fc.property(ordersArb, (os) => {
        expect(events(importEvents(eventsToCsv(os)))).toEqual(os);
        expect(events(importEvents(eventsToJsonl(os)))).toEqual(os);
      }),
      { numRuns: 150 },
    );
  });
  it('does not depend on how the text is cut into chunks', () => {
    const text = eventsToCsv(orders.slice(0, 50));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 20 }),
        (cuts) => {
          const reader = createEventImport();
          let from = 0;
          for (const c of [...cuts].sort((a, b) => a - b)) {
            reader.push(text.slice(from, c));
            from = c;
          }
          reader.push(text.slice(from));
          expect(events(reader.end())).toEqual(orders.slice(0, 50));
        },
      ),
      { numRuns: 100 },
    );
  });
  it('resultsToCsv writes one line per product and window, with ISO window bounds', () => {
    const csv = resultsToCsv([
      { key: 'p1', window: { start: 0, end: 300_000 }, value: 1250, count: 1 },
    ]);
    expect(csv).toBe(
      'window_start,window_end,key,revenue,orders\n1970-01-01T00:00:00.000Z,1970-01-01T00:05:00.000Z,p1,1250,1\n',
    );
  });
});

describe('importEvents accepts what users write', () => {
  it('epoch milliseconds, offsets, CRLF, other column orders and names, no id, no customer', () => {
    const text =
      'Event Time,Arrival Time,Key,Amount\r\n1000,1970-01-01T01:00:01.500+01:00,p1,250\r\n2000,2500,p2,300\r\n';
    expect(events(importEvents(text))).toEqual([
      { id: 0, key: 'p1', amount: 250, eventTime: 1000, arrivalTime: 1500 },
      { id: 1, key: 'p2', amount: 300, eventTime: 2000, arrivalTime: 2500 },
    ]);
  });
  it('JSON Lines with numbers for times and blank lines between', () => {
    const text =
      '{"key":"a","amount":1,"eventTime":5,"arrivalTime":7}\n\n{"key":"b","amount":2,"event_time":"1970-01-01T00:00:00.001Z","arrival_time":3}\n';
    expect(events(importEvents(text)).map((e) => [e.key, e.eventTime, e.arrivalTime])).toEqual([
      ['b', 1, 3],
      ['a', 5, 7],
    ]);
  });
});

describe('importEvents keeps orders that arrive before their event time', () => {
  it('accepts them (clock skew is allowed) and clockSkew counts them for a notice', () => {
    const r = importEvents(
      `${HEADER}\n1,p1,100,,5000,2000\n2,p1,100,,1000,4000\n3,p2,1,,9000,8999\n`,
    );
    expect(r.ok).toBe(true);
    expect(clockSkew(events(r))).toEqual({ count: 2, maxAhead: 3000 });
  });
});

describe('importEvents refuses malformed files with line-numbered errors', () => {
  const bad = (body: string) => errorsOf(importEvents(`${HEADER}\n${body}`));
  it('bad dates', () => {
    const r = bad('1,p1,100,,2024-02-30T00:00:00Z,1000\n2,p1,100,,yesterday,1000\n');
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(r.errors[0]!.message).toMatch(
      /event_time "2024-02-30T00:00:00Z" is not a valid ISO 8601/,
    );
  });
  it('negative and fractional amounts', () => {
    const r = bad('1,p1,-5,,0,0\n2,p1,12.50,,0,0\n');
    expect(r.errors[0]).toEqual({ line: 2, message: 'amount -5 is negative' });
    expect(r.errors[1]!.message).toMatch(/not a whole number of cents .* write 1250/);
  });
  it('missing columns, naming them and what the header reads', () => {
    const r = errorsOf(importEvents('id,key,event_time\n1,p1,0\n'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(1);
    expect(r.errors[0]!.message).toMatch(
      /missing columns amount, arrival_time \(the header reads: id, key, event_time/,
    );
  });
  it('a row missing a value names the columns left without one', () => {
    expect(bad('1,p1,100,,0\n').errors[0]).toEqual({
      line: 2,
      message: "is missing a value: it has 5 of the header's 6 columns, so arrival_time has none",
    });
    expect(bad('1,p1,100,\n').errors[0]!.message).toBe(
      "is missing 2 values: it has 4 of the header's 6 columns, so event_time, arrival_time have none",
    );
  });
  it('a row with an extra value suggests the stray comma', () => {
    expect(bad('1,p1,1,00,,0,0\n').errors[0]).toEqual({
      line: 2,
      message:
        "has 1 more value than the header's 6 columns: an extra comma? (wrap a value that holds a comma in quotes)",
    });
  });
  it('an unclosed quote is named as one, with where it opens, not as a count of fields', () => {
    const r = bad('1,p1,100,,0,0\n2,"p2,100,,0,0\n3,p3,100,,0,0\n');
    expect(r.errors).toEqual([
      {
        line: 3,
        message:
          'has an unclosed quote at character 3: a value that opens with " must end with " (write a " inside it as "")',
      },
    ]);
    expect(bad('1,"p"1,100,,0,0\n').errors[0]!.message).toMatch(
      /^has a stray quote at character 3/,
    );
  });
  it('duplicate ids, naming both lines', () => {
    const r = bad('7,p1,1,,0,0\n8,p1,1,,0,0\n7,p2,1,,0,0\n');
    expect(r.errors).toEqual([
      { line: 4, message: 'id 7 repeats the id on line 2: ids must be unique' },
    ]);
  });
  it('binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    const r = errorsOf(importEvents(junk));
    expect(r.errorCount).toBeGreaterThan(0);
    expect(r.errors.some((e) => /binary|missing column|not valid JSON/.test(e.message))).toBe(true);
  });
  it('an empty file, and a header without orders', () => {
    expect(errorsOf(importEvents('')).errors).toEqual([
      { line: null, message: 'the file is empty' },
    ]);
    expect(errorsOf(importEvents('\n \n')).errors[0]!.message).toBe('the file is empty');
    expect(errorsOf(importEvents(HEADER + '\n')).errors[0]!.message).toBe(
      'the file has a header but no orders',
    );
  });
  it('a 50 MB line, fed in chunks, is one error with its line number, never held whole', () => {
    const reader = createEventImport();
    reader.push(`${HEADER}\n1,p1,1,,0,0\n`);
    const chunk = 'x'.repeat(1 << 20);
    for (let i = 0; i < 50; i++) reader.push(chunk);
    reader.push('\n2,p1,1,,0,0\n');
    const r = errorsOf(reader.end());
    expect(r.errors).toEqual([
      {
        line: 3,
        message: 'is longer than 10,000 characters: not an order (is this the right file?)',
      },
    ]);
  });
  it('lists the first 10 errors and counts them all', () => {
    const r = bad(Array.from({ length: 25 }, (_, i) => `${i},p1,-1,,0,0`).join('\n'));
    expect(r.errors).toHaveLength(10);
    expect(r.errorCount).toBe(25);
    expect(r.errors[9]!.line).toBe(11);
  });
  it('too many rows, and too many keys', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `${i},p${i},1,,0,0`).join('\n');
    expect(
      errorsOf(importEvents(`${HEADER}\n${rows}`, { limits: { maxRows: 4 } })).errors[0]!.message,
    ).toMatch(/more than 4 orders/);
    expect(
      errorsOf(importEvents(`${HEADER}\n${rows}`, { limits: { maxKeys: 3 } })).errors[0],
    ).toMatchObject({ line: 5 });
  });
  it('JSON Lines: broken JSON, non-objects, a key that is not text', () => {
    const r = errorsOf(
      importEvents(
        '{"key":"a","amount":1,"event_time":0,"arrival_time":0}\n{"key":\n[1,2]\n{"key":3,"amount":1,"event_time":0,"arrival_time":0}\n',
      ),
    );
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(r.errors[2]!.message).toMatch(/key 3 is not text/);
  });
  it('fuzz: any text either imports or gives errors with valid line numbers, never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .constantFrom(HEADER + '\n')
            .chain((h) => fc.string({ maxLength: 300 }).map((s) => h + s)),
        ),
        (text) => {
          const r = importEvents(text);
          if (!r.ok) {
            const lines = text.split('\n').length;
            expect(r.errors.length).toBeGreaterThan(0);
            for (const e of r.errors)
              if (e.line !== null) expect(e.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('createLineSplitter', () => {
  it('numbers lines across chunks and strips CRLF', () => {
    const s = createLineSplitter(5);
    expect([...s.push('ab\r'), ...s.push('\ncd\nef'), ...s.end()]).toEqual([
      { line: 1, text: 'ab' },
      { line: 2, text: 'cd' },
      { line: 3, text: 'ef' },
    ]);
  });
});
