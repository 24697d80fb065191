// Columns: lists of uniform values (numbers, strings, windows, references to orders, records of
// those) packed into typed arrays, so the run worker can hand the page a stream lane of 130,000
// objects by transfer instead of a structured clone, which is one long task on the page. Pure
// functions; `pack` then `unpack` gives back equal values (codec.property.test.ts).
import type { OrderEvent } from '../../engine';

type Window = { start: number; end: number };

/**
 * What packing needs: the message's tables of strings and of window objects, and each order's
 * index in the run's events.
 */
export interface PackContext {
  strings: string[];
  stringIds: Map<string, number>;
  windows: Window[];
  windowIds: Map<Window, number>;
  indexOf(event: OrderEvent): number;
}

/** What unpacking needs: the same tables and the very events array the indices point into. */
export interface UnpackContext {
  strings: readonly string[];
  windows: readonly Window[];
  events: readonly OrderEvent[];
}

/** A message's window table: each distinct window object once. */
export interface WindowTable {
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * Packs a list of values of one kind; `unpack` needs the list's length back, and may return the
 * typed array itself (numbers), which a record reads from without copying.
 */
export interface Column<V> {
  pack(values: readonly V[], ctx: PackContext): unknown;
  unpack(packed: unknown, n: number, ctx: UnpackContext): ArrayLike<V>;
}

/** A fresh context for one message. */
export function packContext(indexOf: (event: OrderEvent) => number): PackContext {
  return { strings: [], stringIds: new Map(), windows: [], windowIds: new Map(), indexOf };
}

/** The window objects a context has packed, as a table for the message. */
export function windowTable(ctx: PackContext): WindowTable {
  return {
    starts: Float64Array.from(ctx.windows, (w) => w.start),
    ends: Float64Array.from(ctx.windows, (w) => w.end),
  };
}

/** The window objects of a message's table, made once for the whole message. */
export function windowsOf(table: WindowTable): Window[] {
  const out = new Array<Window>(table.starts.length);
  for (let i = 0; i < out.length; i++) out[i] = { start: table.starts[i]!, end: table.ends[i]! };
  return out;
}

/** Numbers as a Float64Array (NaN, infinities and -0 survive). */
export const num: Column<number> = {
  pack: (values) => Float64Array.from(values),
  unpack: (packed) => packed as Float64Array,
};

/** Strings as indices into the message's table (product keys, pane timings: a handful each). */
export const str: Column<string> = {
  pack(values, ctx) {
    const ids = new Uint32Array(values.length);
    values.forEach((v, i) => {
      let id = ctx.stringIds.get(v);
      if (id === undefined) {
        id = ctx.strings.length;
        ctx.strings.push(v);
        ctx.stringIds.set(v, id);
      }
      ids[i] = id;
    });
    return ids;
  },
  unpack: (packed, n, ctx) => {
    const ids = packed as Uint32Array;
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = ctx.strings[ids[i]!]!;
    return out;
  },
};

/** Booleans as bytes. */
export const bool: Column<boolean> = {
  pack: (values) => Uint8Array.from(values, (v) => (v ? 1 : 0)),
  unpack: (packed, n) => {
    const a = packed as Uint8Array;
    const out = new Array<boolean>(n);
    for (let i = 0; i < n; i++) out[i] = a[i] === 1;
    return out;
  },
};

/** References to the run's orders as Int32Array indices: they come back as the page's own objects. */
export const ref: Column<OrderEvent> = {
  pack(values, ctx) {
    const ids = new Int32Array(values.length);
    values.forEach((e, i) => (ids[i] = ctx.indexOf(e)));
    return ids;
  },
  unpack: (packed, n, ctx) => {
    const ids = packed as Int32Array;
    const out = new Array<OrderEvent>(n);
    for (let i = 0; i < n; i++) out[i] = ctx.events[ids[i]!]!;
    return out;
  },
};

/**
 * Half-open windows `{ start, end }` as indices into the message's window table. The engine hands
 * every pane and emission of a window the same object (240 objects for 88,000 records in a large
 * stream lane); so does the page's copy, which spares it most of the allocating and collecting.
 */
export const win: Column<Window> = {
  pack(values, ctx) {
    const ids = new Uint32Array(values.length);
    values.forEach((w, i) => {
      let id = ctx.windowIds.get(w);
      if (id === undefined) {
        id = ctx.windows.length;
        ctx.windows.push(w);
        ctx.windowIds.set(w, id);
      }
      ids[i] = id;
    });
    return ids;
  },
  unpack(packed, n, ctx) {
    const ids = packed as Uint32Array;
    const out = new Array<Window>(n);
    for (let i = 0; i < n; i++) out[i] = ctx.windows[ids[i]!]!;
    return out;
  },
};

/** Lists of values (a micro-batch's input ids, its rows): offsets plus one flat column. */
export function list<V>(item: Column<V>): Column<V[]> {
  return {
    pack(values, ctx) {
      const offsets = new Uint32Array(values.length + 1);
      const flat: V[] = [];
      values.forEach((vs, i) => {
        for (const v of vs) flat.push(v);
        offsets[i + 1] = flat.length;
      });
      return { offsets, flat: item.pack(flat, ctx) };
    },
    unpack(packed, n, ctx) {
      const { offsets, flat } = packed as { offsets: Uint32Array; flat: unknown };
      const items = item.unpack(flat, offsets[n] ?? 0, ctx);
      const out = new Array<V[]>(n);
      for (let i = 0; i < n; i++) {
        const to = offsets[i + 1]!;
        const vs: V[] = [];
        for (let k = offsets[i]!; k < to; k++) vs.push(items[k]!);
        out[i] = vs;
      }
      return out;
    },
  };
}

/** A column of some value type, as a record's field holds it. */
interface SomeColumn {
  pack(values: readonly never[], ctx: PackContext): unknown;
  unpack(packed: unknown, n: number, ctx: UnpackContext): ArrayLike<unknown>;
}

/** A record's fields: each with its column, and whether the key may be absent. */
export type Fields = Record<string, { column: SomeColumn; optional?: boolean }>;

/** Field helpers: `{ value: field(num) }`, `{ retraction: optional(bool) }`. */
export const field = (column: SomeColumn) => ({ column });
export const optional = (column: SomeColumn) => ({ column, optional: true });

/** A record's field values by name, one per record (`undefined` where an optional key is absent). */
export type FieldValues = Record<string, ArrayLike<unknown>>;

/**
 * Records of one shape, one column per field. An optional field keeps a presence byte per record,
 * so an absent key stays absent (a pane without `retraction` has no such key, not `undefined`).
 * `build` makes record `i` as an object literal: the generic way (one key at a time, by name) is
 * several times slower for the 40,000 panes and emissions of a large stream lane.
 */
export function record<R extends object>(
  fields: Fields,
  build?: (v: FieldValues, i: number) => R,
): Column<R> {
  const names = Object.keys(fields);
  return {
    pack(values, ctx) {
      const rows = values as readonly Record<string, unknown>[];
      return names.map((name) => {
        const { column, optional: opt } = fields[name]!;
        if (!opt) return column.pack(rows.map((r) => r[name]) as never[], ctx);
        const has = Uint8Array.from(rows, (r) => (Object.hasOwn(r, name) ? 1 : 0));
        const present = rows.filter((r) => Object.hasOwn(r, name)).map((r) => r[name]);
        return { has, values: column.pack(present as never[], ctx), count: present.length };
      });
    },
    unpack(packed, n, ctx) {
      const cols = packed as unknown[];
      const v: FieldValues = {};
      names.forEach((name, c) => {
        const { column, optional: opt } = fields[name]!;
        if (!opt) {
          v[name] = column.unpack(cols[c], n, ctx);
          return;
        }
        const { has, values, count } = cols[c] as {
          has: Uint8Array;
          values: unknown;
          count: number;
        };
        const present = column.unpack(values, count, ctx);
        const all = new Array<unknown>(n);
        for (let i = 0, k = 0; i < n; i++) if (has[i] === 1) all[i] = present[k++];
        v[name] = all;
      });
      const out = new Array<R>(n);
      if (build !== undefined) {
        for (let i = 0; i < n; i++) out[i] = build(v, i);
        return out;
      }
      for (let i = 0; i < n; i++) {
        const o: Record<string, unknown> = {};
        for (const name of names) {
          const value = v[name]![i];
          if (value !== undefined || !fields[name]!.optional) o[name] = value;
        }
        out[i] = o as R;
      }
      return out;
    },
  };
}

/** Packs one value (an array of records, a lane's outcome): what the run codec sends per part. */
export interface Codec<V> {
  pack(value: V, ctx: PackContext): unknown;
  unpack(packed: unknown, ctx: UnpackContext): V;
}

/** An array as one column (its length travels with it). */
export function array<V>(column: Column<V>): Codec<V[]> {
  return {
    pack: (value, ctx) => ({ n: value.length, c: column.pack(value, ctx) }),
    unpack(packed, ctx) {
      const { n, c } = packed as { n: number; c: unknown };
      const values = column.unpack(c, n, ctx);
      return Array.isArray(values) ? (values as V[]) : Array.from(values);
    },
  };
}

/** A codec of some value type, as an object's field holds it. */
export interface SomeCodec {
  pack(value: never, ctx: PackContext): unknown;
  unpack(packed: unknown, ctx: UnpackContext): unknown;
}

/**
 * A typed array of the run (per-order first emission times): copied, because the worker keeps its
 * run and transferring the original would empty it there.
 */
export const typed: Codec<Float64Array> = {
  pack: (value) => value.slice(),
  unpack: (packed) => packed as Float64Array,
};

/**
 * An object whose named fields have codecs; every other field (a latency summary, a complexity
 * breakdown, a count) is small and travels as it is, structured-cloned. Keys keep their presence.
 */
export function object<T extends object>(fields: Record<string, SomeCodec>): Codec<T> {
  return {
    pack(value, ctx) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = fields[k] !== undefined && v !== undefined ? fields[k].pack(v as never, ctx) : v;
      }
      return out;
    },
    unpack(packed, ctx) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(packed as Record<string, unknown>)) {
        out[k] = fields[k] !== undefined && v !== undefined ? fields[k].unpack(v, ctx) : v;
      }
      return out as T;
    },
  };
}

/** Every ArrayBuffer under a packed value, to transfer with postMessage. */
export function buffersIn(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
  else if (Array.isArray(value)) {
    // Arrays of numbers or strings (a string table) hold no buffers: skip them in one look.
    if (value.length > 0 && typeof value[0] === 'object') for (const v of value) buffersIn(v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) buffersIn(v, out);
  }
  return [...out];
}
