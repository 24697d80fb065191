// Checks runStream's arguments and turns the config into plain numbers for the inner loop, so a
// bad setting fails early with a message naming the field, the value and the rule.
import type { StreamConfig, WindowSpec } from '../../core/types';
import {
  describeValue,
  EngineInputError,
  integerAtLeast,
  nonNegative,
  oneOf,
  positive,
} from '../../core/validate';
import { normalizeWindow } from '../../windows/assign';

/** A validated StreamConfig with defaults filled in; 0 means "no such trigger". */
export interface StreamSettings {
  window: WindowSpec;
  watermark: 'bounded' | 'perfect' | 'explicit';
  maxOutOfOrderness: number;
  /** Processing ms between bounded watermark emissions; 0 = after every event. */
  interval: number;
  /** Bounded: source partitions as given; undefined = 1 + the largest partition in the input. */
  partitions: number | undefined;
  /** Bounded: Flink's withIdleness timeout (processing ms); Infinity = none. */
  idleTimeout: number;
  /** Explicit marks sorted by `at` (stable). */
  marks: { at: number; value: number }[];
  allowedLateness: number;
  earlyEvery: number;
  earlyCount: number;
  /** 0 = a late pane per late element (Flink's default). */
  lateEvery: number;
  accumulation: 'accumulating' | 'discarding' | 'retracting';
  flushAtEnd: boolean;
}

/** A value as error messages show it (the engine's one spelling, from core/validate). */
export const show = describeValue;

/** Throws; messages are built only on failure, since some inputs hold a million events. */
function fail(message: string): never {
  throw new EngineInputError(message);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

type WatermarkFields =
  'watermark' | 'maxOutOfOrderness' | 'interval' | 'marks' | 'partitions' | 'idleTimeout';

/** Most partitions a job may read: the per-partition state is an array of this size. */
export const MAX_PARTITIONS = 1024;

function readWatermark(spec: unknown): Pick<StreamSettings, WatermarkFields> {
  if (!isObject(spec))
    fail(`invalid watermark spec: ${show(spec)} (must be an object with a kind)`);
  const kind = oneOf(spec.kind, ['bounded', 'perfect', 'explicit'], 'watermark kind');
  const none = { partitions: undefined, idleTimeout: Infinity };
  if (kind === 'perfect')
    return { watermark: kind, maxOutOfOrderness: 0, interval: 0, marks: [], ...none };
  if (kind === 'bounded') {
    const interval = nonNegative(spec.interval ?? 200, 'watermark interval');
    const partitions =
      spec.partitions === undefined
        ? undefined
        : integerAtLeast(spec.partitions, 1, 'watermark partitions');
    if (partitions !== undefined && partitions > MAX_PARTITIONS)
      fail(`invalid watermark partitions: ${partitions} (must be at most ${MAX_PARTITIONS})`);
    let idleTimeout = Infinity;
    if (spec.idleTimeout !== undefined) {
      idleTimeout = positive(spec.idleTimeout, 'idle timeout');
      if (interval === 0)
        fail(
          `invalid idle timeout: ${show(idleTimeout)} with watermark interval 0 (idleness is checked at periodic emissions: give an interval > 0)`,
        );
    }
    return {
      watermark: kind,
      maxOutOfOrderness: nonNegative(spec.maxOutOfOrderness, 'max out-of-orderness'),
      interval,
      marks: [],
      partitions,
      idleTimeout,
    };
  }
  const raw = spec.marks;
  if (!Array.isArray(raw))
    fail(`invalid watermark marks: ${show(raw)} (must be an array of { at, value })`);
  const marks = raw.map((m: unknown, i) => {
    if (!isObject(m))
      fail(`invalid watermark mark ${i}: ${show(m)} (must be an object { at, value })`);
    const { at, value } = m;
    if (!(typeof at === 'number' && Number.isFinite(at)))
      fail(`invalid watermark mark ${i}: at ${show(at)} (must be a finite number)`);
    if (!(typeof value === 'number' && !Number.isNaN(value)))
      fail(`invalid watermark mark ${i}: value ${show(value)} (must be a number, not NaN)`);
    return { at, value };
  });
  marks.sort((a, b) => a.at - b.at); // Array.prototype.sort is stable
  return { watermark: kind, maxOutOfOrderness: 0, interval: 0, marks, ...none };
}

function readTrigger(
  trigger: unknown,
): Pick<StreamSettings, 'earlyEvery' | 'earlyCount' | 'lateEvery'> {
  if (trigger === undefined) return { earlyEvery: 0, earlyCount: 0, lateEvery: 0 };
  if (!isObject(trigger))
    fail(`invalid trigger: ${show(trigger)} (must be an object { early?, late? })`);
  let earlyEvery = 0;
  let earlyCount = 0;
  let lateEvery = 0;
  const { early, late } = trigger;
  if (early !== undefined) {
    if (isObject(early) && early.every !== undefined)
      earlyEvery = positive(early.every, 'early trigger every');
    else if (isObject(early) && early.count !== undefined) {
      earlyCount = integerAtLeast(early.count, 1, 'early trigger count');
    } else
      throw new EngineInputError(
        `invalid early trigger: ${show(early)} (must be { every } or { count })`,
      );
  }
  if (late !== undefined && late !== 'per-element') {
    if (isObject(late) && late.every !== undefined)
      lateEvery = positive(late.every, 'late trigger every');
    else
      throw new EngineInputError(
        `invalid late trigger: ${show(late)} (must be 'per-element' or { every })`,
      );
  }
  return { earlyEvery, earlyCount, lateEvery };
}

/** Validates a StreamConfig and fills in its defaults. */
export function readStreamConfig(config: StreamConfig): StreamSettings {
  if (!isObject(config)) fail(`invalid stream config: ${show(config)} (must be an object)`);
  const window = normalizeWindow(config.window);
  const watermark = readWatermark(config.watermark);
  const allowedLateness = nonNegative(config.allowedLateness ?? 0, 'allowed lateness');
  const trigger = readTrigger(config.trigger);
  const accumulation = oneOf(
    config.accumulation ?? 'accumulating',
    ['accumulating', 'discarding', 'retracting'],
    'accumulation',
  );
  const flush: unknown = config.flushAtEnd ?? false;
  if (!(typeof flush === 'boolean'))
    fail(`invalid flushAtEnd: ${show(flush)} (must be true or false)`);
  return { window, ...watermark, allowedLateness, ...trigger, accumulation, flushAtEnd: flush };
}
