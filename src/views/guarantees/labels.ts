// The guarantees panel's names for things: each delivery guarantee's label, its rule in one line
// and its shape (so colour is never alone), and the note on windows the crash lab changes.
import type { Guarantee, WindowSpec } from '../../engine';
import { formatDuration } from '../../format/duration';

// 'at-most-once' is named for what it models: offsets committed before processing, as a Kafka
// consumer can (kafka.apache.org/documentation/#semantics). It is not a Flink sink mode: Flink's
// DeliveryGuarantee has NONE, AT_LEAST_ONCE and EXACTLY_ONCE (apache/flink, flink-connector-base/
// src/main/java/org/apache/flink/connector/base/DeliveryGuarantee.java).
export const GUARANTEE_LABELS: Record<Guarantee, string> = {
  'at-most-once': 'Offsets committed first (at most once)',
  'at-least-once': 'At-least-once',
  'exactly-once': 'Exactly-once',
};

/** What each guarantee does with the interval, in one line; and a shape, so colour is never alone. */
export const GUARANTEE_RULES: Record<Guarantee, { rule: string; shape: string }> = {
  'at-most-once': {
    rule: 'The source commits its offsets as it reads, before the writes are safe (a Kafka consumer can; no Flink sink mode does); unflushed writes die with the job. The interval is lost.',
    shape: '▼',
  },
  'at-least-once': {
    rule: 'Writes reach the sink at once; the source rewinds to the checkpoint. The interval is counted twice.',
    shape: '▲',
  },
  'exactly-once': {
    rule: 'Writes commit with each checkpoint, so readers see them only then (read_committed); the crash aborts the open transaction. The replay counts the interval once.',
    shape: '✓',
  },
};

/**
 * The sentence the panel shows when the lab's windows are not ones the crash lab keeps as they are
 * (see the engine's jobWindow); null for tumbling and global windows.
 */
export function windowNote(spec: WindowSpec): string | null {
  if (spec.kind === 'sliding') {
    return `Here the sliding ${formatDuration(spec.size)} windows become tumbling ${formatDuration(spec.size)} windows (their size), so each order is in one window and is lost or counted twice once.`;
  }
  if (spec.kind === 'session') {
    return `Here sessions become tumbling ${formatDuration(spec.gap)} windows (their gap), so each order is in one window and is lost or counted twice once.`;
  }
  return null;
}
