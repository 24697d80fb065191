// The Kafka Streams DSL (Java) for the stream lane's Kafka Streams flavour: event time from the
// order's JSON, a windowed sum with TimeWindows.ofSizeAndGrace, and, when the lab suppresses,
// suppress(Suppressed.untilWindowCloses(...)). Syntax from the Kafka Streams docs ("Streams DSL":
// windowing, suppression) and the API of Kafka 3.x (ofSizeAndGrace since 3.0).
import type { LabSettings } from '../lab/settings';
import { humanDuration, javaDuration } from './durations';
import { BOOTSTRAP, TOPIC } from '../io/schema';

function windows(settings: LabSettings): string {
  const w = settings.window;
  const grace = javaDuration(settings.stream.grace);
  if (w.kind === 'tumbling') return `TimeWindows.ofSizeAndGrace(${javaDuration(w.size)}, ${grace})`;
  if (w.kind === 'sliding')
    // The lab's sliding windows are Kafka's hopping windows (SlidingWindows is another thing).
    return `TimeWindows.ofSizeAndGrace(${javaDuration(w.size)}, ${grace}).advanceBy(${javaDuration(w.slide)})`;
  // The lane refuses sessions in this flavour; the code still shows Kafka's own session windows.
  if (w.kind === 'session')
    return `SessionWindows.ofInactivityGapAndGrace(${javaDuration(w.gap)}, ${grace})`;
  throw new Error('the lab never uses the global window');
}

/** A complete Java program (Kafka Streams 3.x). */
export function kafkaStreamsJava(settings: LabSettings): string {
  const s = settings.stream;
  const session = settings.window.kind === 'session';
  const suppress = s.suppress
    ? `\n                // One final row per window, once stream time passes its end + ${humanDuration(s.grace)}.\n                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()))`
    : '';
  const rows = s.suppress
    ? 'one final row per product and window'
    : 'an updated row for every order';
  return `// Kafka Streams DSL (Java), Kafka 3.x: revenue per product per window, ${rows}.
// In Kafka Streams' words: no watermark, but stream time, the newest order time the task has seen;
// a window closes when stream time passes its end + the grace (${humanDuration(s.grace)}), and later orders
// for it are dropped. It does not wait for a silent region.
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.SessionWindows;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.TimestampExtractor;

public class Revenue {
    /** Event time: the order's event_time, not the time Kafka received it. */
    public static class EventTime implements TimestampExtractor {
        @Override
        public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
            return Instant.parse(field((String) record.value(), "event_time")).toEpochMilli();
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\\"" + name + "\\"\\\\s*:\\\\s*\\"?([^\\",}]*)").matcher(json);
        if (!m.find()) throw new IllegalArgumentException("no " + name + " in " + json);
        return m.group(1);
    }

    public static void main(String[] args) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "batch-vs-stream-lab");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "${BOOTSTRAP}");
        // No record cache: every update goes out at once, as in the lab (and in Kafka's
        // SuppressScenarioTest, withCachingDisabled).
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("${TOPIC}", Consumed.with(Serdes.String(), Serdes.String())
                        .withTimestampExtractor(new EventTime()))
                .groupBy((k, json) -> field(json, "key"), Grouped.with(Serdes.String(), Serdes.String()))
                .windowedBy(${windows(settings)})
                .aggregate(
                        () -> 0L,
                        (key, json, sum) -> sum + Long.parseLong(field(json, "amount")),${session ? '\n                        (key, a, b) -> a + b,' : ''}
                        Materialized.with(Serdes.String(), Serdes.Long()))${suppress}
                .toStream()
                .map((window, revenue) -> KeyValue.pair(
                        window.key() + "@" + window.window().startTime(), revenue))
                .to("revenue", Produced.with(Serdes.String(), Serdes.Long()));

        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        Runtime.getRuntime().addShutdownHook(new Thread(streams::close));
        streams.start();
    }
}
`;
}
