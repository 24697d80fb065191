// The one event schema every export speaks: the CSV header, the JSON Lines fields, and the columns
// the generated Flink, Spark and Beam jobs read from Kafka. Keeping it in one place is what lets
// "replay the file into Kafka, run the exported job" reproduce the lab's numbers.

/** Field names in file order. Times are ISO 8601 UTC with milliseconds; amount is integer cents. */
export const EVENT_FIELDS = [
  'id',
  'key',
  'amount',
  'customer',
  'event_time',
  'arrival_time',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/**
 * A last column for orders from several regions: the partition of the `orders` topic each
 * region writes to (0-based). Left out for one region, so such files are exactly as before.
 */
export const PARTITION_FIELD = 'partition';

/** Kafka topic, table and view name the generated jobs use. */
export const TOPIC = 'orders';
/** Kafka address in the generated jobs; change it to your broker's. */
export const BOOTSTRAP = 'localhost:9092';
