// Generated malformed order files, CSV and JSON Lines: a valid file of random orders (blank lines
// between them, LF or CRLF, epoch or ISO times) with one line broken the ways files get broken.
// Each knows the number of the line a reader must name. The unit suite reads 100 of them; the
// browser suite imports a few of the same through the page.
import fc from 'fast-check';
import { isoFromMs } from '../../src/engine/io/isoTime';
import type { ImportFormat } from '../../src/engine/io/parse';
import { csvField } from '../../src/engine/io/serialize';

interface Row {
  id: number;
  key: string;
  amount: number;
  customer?: number;
  eventTime: number;
  arrivalTime: number;
}

const rowArb: fc.Arbitrary<Row> = fc.record(
  {
    id: fc.integer({ min: 0, max: 1e12 }),
    key: fc
      .string({ minLength: 1, maxLength: 12 })
      .filter(
        (k) => k.trim() === k && !['\r', '\n', '\u0000', '\uFFFD'].some((c) => k.includes(c)),
      ),
    amount: fc.integer({ min: 0, max: 1e9 }),
    customer: fc.integer({ min: 0, max: 1e6 }),
    eventTime: fc.integer({ min: 0, max: 4e12 }),
    arrivalTime: fc.integer({ min: 0, max: 4e12 }),
  },
  { requiredKeys: ['id', 'key', 'amount', 'eventTime', 'arrivalTime'] },
);
const rowsArb = fc
  .uniqueArray(rowArb, { selector: (r) => r.id, minLength: 1, maxLength: 40 })
  .filter((rs) => new Set(rs.map((r) => r.key)).size <= 26);

const FIELDS = ['id', 'key', 'amount', 'customer', 'event_time', 'arrival_time'] as const;
type Field = (typeof FIELDS)[number];
type Fields = Record<Field, unknown>;

const fieldsOf = (r: Row, times: 'iso' | 'ms'): Fields => ({
  id: r.id,
  key: r.key,
  amount: r.amount,
  customer: r.customer,
  event_time: times === 'iso' ? isoFromMs(r.eventTime) : r.eventTime,
  arrival_time: times === 'iso' ? isoFromMs(r.arrivalTime) : r.arrivalTime,
});

/** Values no field of an order takes, by field (each refused with a message naming the field). */
const BAD: Record<Field, readonly unknown[]> = {
  id: [-1, 1.5, 'seven', '0x10', 'NaN', '1e400', true],
  key: ['', '   ', 'k'.repeat(101), 42, null],
  amount: [-5, 12.34, 'twelve', '', 'NaN', 'Infinity', '1e400', null, false],
  customer: [-1, 'anonymous', 2.5],
  event_time: ['yesterday', '2026-13-01T00:00:00Z', '2026-05-01T12:00:00', '', -1, 1.5, null],
  arrival_time: ['now', '2026-02-30T00:00:00Z', '12:00', '', -86_400_000, 'Infinity', null],
};

/** How one line of a file is broken. */
type Break =
  | { kind: 'value'; field: Field; value: unknown }
  | { kind: 'missing'; field: Exclude<Field, 'id' | 'customer'> }
  | { kind: 'extra' }
  | { kind: 'syntax'; text: string }
  | { kind: 'binary'; char: string }
  | { kind: 'long' }
  | { kind: 'duplicate' }
  | { kind: 'header' };

const breakArb: fc.Arbitrary<Break> = fc.oneof(
  fc
    .constantFrom(...FIELDS)
    .chain((field) =>
      fc.constantFrom(...BAD[field]).map((value): Break => ({ kind: 'value', field, value })),
    ),
  fc
    .constantFrom('key', 'amount', 'event_time', 'arrival_time' as const)
    .map((field): Break => ({ kind: 'missing', field })),
  fc.constant<Break>({ kind: 'extra' }),
  fc
    .constantFrom('{"key":', '{"key":"a",}', '[1,2]', '42', 'null', '"order"', '{key: "a"}', 'x,y')
    .map((text): Break => ({ kind: 'syntax', text })),
  fc.constantFrom('\u0000', '\uFFFD').map((char): Break => ({ kind: 'binary', char })),
  fc.constant<Break>({ kind: 'long' }),
  fc.constant<Break>({ kind: 'duplicate' }),
  fc.constant<Break>({ kind: 'header' }),
);

/** A CSV field as a writer would put it: text quoted when it must be; null and undefined empty. */
const csvText = (v: unknown) => (v === undefined || v === null ? '' : csvField(String(v)));

function csvLine(f: Fields, dropped?: Field, extra = false): string {
  const cells = FIELDS.filter((n) => n !== dropped).map((n) => csvText(f[n]));
  return [...cells, ...(extra ? ['surplus'] : [])].join(',');
}

function jsonLine(f: Fields, dropped?: Field, extra = false): string {
  const o: Record<string, unknown> = {};
  for (const n of FIELDS) if (n !== dropped && f[n] !== undefined) o[n] = f[n];
  // An unknown property is no error in JSON Lines: its "extra field" is a second object.
  return JSON.stringify(o) + (extra ? ' {}' : '');
}

export interface Malformed {
  format: ImportFormat;
  text: string;
  /** The line number the reader must name. */
  line: number;
  lines: number;
  why: string;
}

export const malformedArb: fc.Arbitrary<Malformed> = fc
  .record({
    format: fc.constantFrom<ImportFormat>('csv', 'jsonl'),
    rows: rowsArb,
    at: fc.nat(),
    brk: breakArb,
    times: fc.constantFrom('iso' as const, 'ms' as const),
    blanks: fc.array(fc.boolean(), { maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ format, rows, at, brk, times, blanks, eol }) => {
    const csv = format === 'csv';
    const header = csv && brk.kind === 'header';
    // A repeat needs an earlier order to repeat: it breaks the second order or a later one.
    const target =
      brk.kind === 'duplicate' && rows.length < 2
        ? -1
        : brk.kind === 'duplicate'
          ? 1 + (at % (rows.length - 1))
          : at % rows.length;
    const out: string[] = [];
    let brokenLine = 0;
    if (csv)
      out.push(
        header
          ? FIELDS.map((n) => (n === 'amount' ? 'amount_usd' : n)).join(',')
          : FIELDS.join(','),
      );
    if (header) brokenLine = 1;
    rows.forEach((r, i) => {
      if (blanks[i]) out.push('');
      const f = fieldsOf(r, times);
      const write = csv ? csvLine : jsonLine;
      if (i !== target || header) return void out.push(write(f));
      brokenLine = out.length + 1;
      switch (brk.kind) {
        case 'value':
          // A number is a fine key in CSV, where every field is text: there it is left empty.
          return void out.push(
            write({
              ...f,
              [brk.field]:
                csv && brk.field === 'key' && typeof brk.value === 'number' ? '' : brk.value,
            }),
          );
        case 'missing':
          return void out.push(write(f, brk.field));
        case 'extra':
          return void out.push(write(f, undefined, true));
        case 'syntax':
          return void out.push(csv ? `${brk.text},"unclosed` : brk.text);
        case 'binary':
          // Raw, where JSON would escape it; U+FFFD is what a decoder makes of bytes that are not UTF-8.
          return void out.push(`${write(f)}${brk.char}`);
        case 'long':
          return void out.push(write({ ...f, key: 'k'.repeat(10_001) }));
        case 'duplicate':
          return void out.push(write({ ...f, id: rows[0]!.id }));
        case 'header':
          // JSON Lines name fields on every line: this one misnames the amount.
          return void out.push(
            jsonLine(f, 'amount').replace(/^\{/, `{"amount_usd":${String(f.amount)},`),
          );
      }
    });
    // A repeat with one order only: repeat it, as a second line.
    if (target === -1) {
      brokenLine = out.length + 1;
      out.push((csv ? csvLine : jsonLine)(fieldsOf(rows[0]!, times)));
    }
    return {
      format,
      text: out.join(eol) + eol,
      line: brokenLine,
      lines: out.length,
      why: header
        ? 'header'
        : brk.kind === 'value'
          ? `${brk.field}=${String(brk.value)}`
          : brk.kind,
    };
  });
