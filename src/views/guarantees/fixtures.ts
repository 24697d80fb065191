// The crash lab's small job the guarantees tests share: orders of $1 every 5 s from 12:00:00 to
// 12:00:30 on keys a and b, one-minute tumbling windows; the tests checkpoint every 10 s.
import { guarantees, time, type OrderEvent, type StreamConfig } from '../../engine';

const buildJob = guarantees.buildJob;

const HOUR = time.HOUR;

export const order = (id: number, key: string, t: number, amount = 100): OrderEvent => ({
  id,
  key,
  amount,
  eventTime: t,
  arrivalTime: t,
});
export const stream: StreamConfig = {
  window: { kind: 'tumbling', size: 60_000 },
  watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  flushAtEnd: true,
};
export const NOON = 12 * HOUR;
export const events = [0, 5, 10, 15, 20, 25, 30].map((s, i) =>
  order(i, i % 2 ? 'b' : 'a', NOON + s * 1000),
);
export const job = buildJob(events, stream);
