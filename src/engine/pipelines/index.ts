// Pipelines beyond the contract's four: the batch job's re-run of a period (the backfill), and
// the stream lane's Kafka Streams flavour (stream time and grace instead of a watermark).
export { rerunBatch } from './batch';
export {
  kafkaStreamTime,
  kafkaStreamsStreamConfig,
  runKafkaStreams,
  type KafkaStreamsConfig,
} from './kafkaStreams';
