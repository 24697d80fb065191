// Reads a CSV or JSON Lines file of orders in chunks and validates every line before anything is
// used: the result is either every order, or line-numbered errors (the first few, and how many).
// It never half-applies a file. CSV lines go through papaparse; JSON Lines through JSON.parse.
import Papa from 'papaparse';
import type { OrderEvent } from '../core/types';
import { MAX_PRODUCTS, MAX_REGIONS } from '../events/scenario';
import { createLineSplitter, type SplitLine } from './lines';
import {
  checkAmount,
  checkCustomer,
  checkId,
  checkKey,
  checkPartition,
  checkTime,
  type Checked,
} from './values';

export type ImportFormat = 'csv' | 'jsonl';

/** One problem in a file; `line` is 1-based, null for the file as a whole. */
export interface ImportIssue {
  line: number | null;
  message: string;
}

export type ImportResult =
  | { ok: true; format: ImportFormat; events: OrderEvent[]; keys: string[] }
  | { ok: false; format: ImportFormat | null; errors: ImportIssue[]; errorCount: number };

export interface ImportLimits {
  /** Most orders a file may hold. */
  maxRows: number;
  /** Longest line, in characters. */
  maxLineLength: number;
  /** How many errors the result lists (all are counted). */
  maxListed: number;
  /** Most distinct keys. */
  maxKeys: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxRows: 1_000_000,
  maxLineLength: 10_000,
  maxListed: 10,
  maxKeys: MAX_PRODUCTS,
};

/** A reader fed text chunk by chunk (see createEventImport). */
export interface EventImport {
  push(chunk: string): void;
  end(): ImportResult;
  /** Data lines read so far (for progress). */
  readonly rows: number;
}

type Field = 'id' | 'key' | 'amount' | 'customer' | 'event_time' | 'arrival_time' | 'partition';
const REQUIRED: readonly Field[] = ['key', 'amount', 'event_time', 'arrival_time'];
/** Header names are matched ignoring case, spaces, '_' and '-': "Event Time", "eventTime", "event_time". */
const ALIASES: Record<string, Field> = {
  id: 'id',
  orderid: 'id',
  key: 'key',
  product: 'key',
  amount: 'amount',
  customer: 'customer',
  customerid: 'customer',
  eventtime: 'event_time',
  arrivaltime: 'arrival_time',
  partition: 'partition',
};
const canonical = (name: string): Field | undefined =>
  ALIASES[name.toLowerCase().replace(/[\s_-]+/g, '')];

/** One CSV line as papaparse read it, with its first quoting problem if it had one. */
interface CsvRow {
  fields: string[];
  /** Papaparse's code (MissingQuotes: never closed; InvalidQuotes: text after a closing quote) and where that field's quote opens (0-based). */
  quote?: { code: string; index: number };
}

/** Papaparse's CSV rows for the given lines, one row per line (a malformed line gets its own parse). */
function csvRows(lines: readonly string[]): CsvRow[] {
  const parsed = Papa.parse<string[]>(lines.join('\n'), { delimiter: ',', newline: '\n' });
  if (parsed.errors.length === 0 && parsed.data.length === lines.length)
    return parsed.data.map((fields) => ({ fields }));
  return lines.map((l) => {
    const one = Papa.parse<string[]>(l, { delimiter: ',', newline: '\n' });
    const e = one.errors.find((x) => x.type === 'Quotes');
    const fields = one.data[0] ?? [''];
    // Papaparse points just past the quote that opened the field: name that quote itself.
    const index = e ? Math.max(0, l.lastIndexOf('"', e.index ?? 0)) : 0;
    return e ? { fields, quote: { code: e.code, index } } : { fields };
  });
}

/** What is wrong with a CSV line that does not give one value per header column. */
function csvShapeProblem(row: CsvRow, header: readonly string[]): string | null {
  const at = (i: number) => `at character ${(i + 1).toLocaleString('en-US')}`;
  if (row.quote?.code === 'MissingQuotes')
    return `has an unclosed quote ${at(row.quote.index)}: a value that opens with " must end with " (write a " inside it as "")`;
  if (row.quote)
    return `has a stray quote ${at(row.quote.index)}: a quoted value must end right after its closing " (write a " inside it as "")`;
  const n = row.fields.length;
  const want = header.length;
  if (n < want) {
    const missing = header.slice(n);
    return `is missing ${missing.length === 1 ? 'a value' : `${missing.length} values`}: it has ${n} of the header's ${want} columns, so ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} none`;
  }
  if (n > want)
    return `has ${n - want} more value${n - want === 1 ? '' : 's'} than the header's ${want} columns: an extra comma? (wrap a value that holds a comma in quotes)`;
  return null;
}

/** Creates a reader; `format` is guessed from the first non-blank line when not given. */
export function createEventImport(
  options: { format?: ImportFormat; limits?: Partial<ImportLimits> } = {},
): EventImport {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const splitter = createLineSplitter(limits.maxLineLength);
  let format: ImportFormat | null = options.format ?? null;
  let header: (Field | undefined)[] | null = null;
  /** The header's own names (for messages about a line's columns). */
  let headerNames: string[] = [];
  let fatal = false;
  let stopped = false;
  const errors: ImportIssue[] = [];
  let errorCount = 0;
  let rows = 0;
  let hasIds: boolean | null = null;
  // Columns, so a million orders stay compact until the end.
  const ids: number[] = [];
  const keyIndex: number[] = [];
  const amounts: number[] = [];
  const customers: (number | undefined)[] = [];
  const partitions: (number | undefined)[] = [];
  const eventTimes: number[] = [];
  const arrivalTimes: number[] = [];
  const lineOf: number[] = [];
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  let pendingCsv: { line: number; text: string }[] = [];

  const fail = (line: number | null, message: string) => {
    errorCount++;
    if (errors.length < limits.maxListed) errors.push({ line, message });
  };

  const record = (line: number, get: (f: Field) => unknown) => {
    rows++;
    if (rows > limits.maxRows) {
      fail(
        line,
        `more than ${limits.maxRows.toLocaleString('en-US')} orders: the lab takes at most that many`,
      );
      stopped = true;
      return;
    }
    const problems: string[] = [];
    const take = <T>(c: Checked<T>): T | undefined => {
      if (c.ok) return c.value;
      problems.push(c.message);
      return undefined;
    };
    const rawId = get('id');
    const idGiven = rawId !== undefined && rawId !== null && rawId !== '';
    if (hasIds === null) hasIds = idGiven;
    let id: number | undefined = rows - 1;
    if (hasIds)
      id = idGiven
        ? take(checkId(rawId))
        : take<number>({ ok: false, message: 'id is missing (earlier lines have one)' });
    else if (idGiven)
      problems.push('id is given here but not on the first order: give every order an id, or none');
    const key = take(checkKey(get('key')));
    const amount = take(checkAmount(get('amount')));
    const customer = take(checkCustomer(get('customer')));
    const partition = take(checkPartition(get('partition'), MAX_REGIONS - 1));
    const eventTime = take(checkTime(get('event_time'), 'event_time'));
    const arrivalTime = take(checkTime(get('arrival_time'), 'arrival_time'));
    if (problems.length > 0) {
      fail(line, problems.join('; '));
      return;
    }
    let k = keyIds.get(key!);
    if (k === undefined) {
      k = keys.length;
      keys.push(key!);
      keyIds.set(key!, k);
      if (keys.length === limits.maxKeys + 1)
        fail(
          line,
          `more than ${limits.maxKeys} different keys (products): the lab compares at most ${limits.maxKeys}`,
        );
    }
    ids.push(id!);
    keyIndex.push(k);
    amounts.push(amount!);
    customers.push(customer);
    partitions.push(partition);
    eventTimes.push(eventTime!);
    arrivalTimes.push(arrivalTime!);
    lineOf.push(line);
  };

  const readHeader = (line: number, fields: string[]) => {
    const mapped = fields.map((f) => canonical(f));
    const seen = new Set<Field>();
    for (const [i, f] of mapped.entries()) {
      if (f === undefined) continue;
      if (seen.has(f)) fail(line, `column "${fields[i]}" appears twice`);
      seen.add(f);
    }
    const missing = REQUIRED.filter((f) => !seen.has(f));
    if (missing.length > 0) {
      const shown = fields.map((f) => (f.length > 30 ? f.slice(0, 30) + '…' : f)).join(', ');
      fail(
        line,
        `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header reads: ${shown}; expected key, amount, event_time, arrival_time, and optionally id, customer and partition)`,
      );
      fatal = true;
    }
    header = mapped;
    headerNames = fields.map((f) => f.trim());
  };

  const flushCsv = () => {
    if (pendingCsv.length === 0) return;
    const batch = pendingCsv;
    pendingCsv = [];
    const parsed = csvRows(batch.map((b) => b.text));
    for (const [i, { line }] of batch.entries()) {
      if (fatal || stopped) return;
      const row = parsed[i]!;
      const fields = row.fields;
      if (header === null) {
        readHeader(line, fields);
        continue;
      }
      const problem = csvShapeProblem(row, headerNames);
      if (problem !== null) {
        fail(line, problem);
        continue;
      }
      const h = header;
      record(line, (f) => {
        const i = h.indexOf(f);
        return i === -1 ? undefined : fields[i];
      });
    }
  };

  const jsonLine = (line: number, text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      fail(line, 'is not valid JSON');
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      fail(line, 'is not a JSON object ({"key": …, "amount": …, …})');
      return;
    }
    const byField = new Map<Field, unknown>();
    for (const [name, v] of Object.entries(value)) {
      const f = canonical(name);
      if (f !== undefined) byField.set(f, v);
    }
    record(line, (f) => byField.get(f));
  };

  const take = (lines: SplitLine[]) => {
    for (const l of lines) {
      if (fatal || stopped) return;
      if ('tooLong' in l) {
        fail(
          l.line,
          `is longer than ${limits.maxLineLength.toLocaleString('en-US')} characters: not an order (is this the right file?)`,
        );
        continue;
      }
      if (l.text.includes('\u0000') || l.text.includes('\uFFFD')) {
        fail(l.line, 'holds binary data or text that is not UTF-8');
        continue;
      }
      if (l.text.trim() === '') continue;
      format ??= l.text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
      if (format === 'jsonl') jsonLine(l.line, l.text);
      else {
        pendingCsv.push({ line: l.line, text: l.text });
        if (header === null || pendingCsv.length >= 2000) flushCsv();
      }
    }
  };

  return {
    get rows() {
      return rows;
    },
    push(chunk) {
      if (fatal || stopped) return;
      take(splitter.push(chunk));
    },
    end() {
      if (!fatal && !stopped) take(splitter.end());
      flushCsv();
      if (errorCount === 0 && ids.length === 0)
        fail(null, header !== null ? 'the file has a header but no orders' : 'the file is empty');
      if (errorCount === 0) duplicateIds(ids, lineOf, fail);
      if (errorCount > 0) return { ok: false, format, errors, errorCount };
      return { ok: true, format: format ?? 'csv', events: buildEvents(), keys };
    },
  };

  function buildEvents(): OrderEvent[] {
    const n = ids.length;
    const order = Array.from({ length: n }, (_, i) => i);
    // The order every pipeline reads: by arrival, then id (as generateOrders returns them).
    order.sort((a, b) => arrivalTimes[a]! - arrivalTimes[b]! || ids[a]! - ids[b]!);
    return order.map((i) => {
      const e: OrderEvent = {
        id: ids[i]!,
        key: keys[keyIndex[i]!]!,
        amount: amounts[i]!,
        eventTime: eventTimes[i]!,
        arrivalTime: arrivalTimes[i]!,
      };
      const c = customers[i];
      if (c !== undefined) e.customer = c;
      const p = partitions[i];
      if (p !== undefined) e.partition = p;
      return e;
    });
  }
}

function duplicateIds(
  ids: readonly number[],
  lineOf: readonly number[],
  fail: (line: number, m: string) => void,
) {
  const byId = Array.from({ length: ids.length }, (_, i) => i).sort(
    (a, b) => ids[a]! - ids[b]! || lineOf[a]! - lineOf[b]!,
  );
  const dupes: [line: number, first: number, id: number][] = [];
  for (let j = 1; j < byId.length; j++) {
    const a = byId[j - 1]!;
    const b = byId[j]!;
    if (ids[a] === ids[b]) dupes.push([lineOf[b]!, lineOf[a]!, ids[a]!]);
  }
  dupes.sort((x, y) => x[0] - y[0]);
  // Each repeat names the first line holding that id.
  for (const [line, first, id] of dupes)
    fail(line, `id ${id} repeats the id on line ${first}: ids must be unique`);
}

/** Reads a whole text at once (tests, small files). */
export function importEvents(
  text: string,
  options: { format?: ImportFormat; limits?: Partial<ImportLimits> } = {},
): ImportResult {
  const reader = createEventImport(options);
  reader.push(text);
  return reader.end();
}
