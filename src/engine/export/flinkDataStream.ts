// Flink's DataStream API (Java) for the lab's stream lane: a Kafka source whose watermark
// strategy Flink applies per Kafka partition, i.e. per region, exactly as the lab models it
// (WatermarkStrategy.forBoundedOutOfOrderness, withIdleness), then keyed event-time windows with
// allowed lateness and a late side output. Syntax from the Flink docs ("Generating Watermarks",
// "Windows", "Kafka connector"), Flink 1.19+ (Duration-based window assigners).
import type { LabSettings } from '../lab/settings';
import { humanDuration, javaDuration } from './durations';
import { BOOTSTRAP, TOPIC } from '../io/schema';

function windowAssigner(settings: LabSettings): string {
  const w = settings.window;
  const offset = (o: number | undefined) => (o ? `, ${javaDuration(o)}` : '');
  switch (w.kind) {
    case 'tumbling':
      return `TumblingEventTimeWindows.of(${javaDuration(w.size)}${offset(w.offset)})`;
    case 'sliding':
      return `SlidingEventTimeWindows.of(${javaDuration(w.size)}, ${javaDuration(w.slide)}${offset(w.offset)})`;
    case 'session':
      return `EventTimeSessionWindows.withGap(${javaDuration(w.gap)})`;
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

/** The watermark strategy, one line per call, as the lab's stream lane runs it. */
export function flinkWatermarkStrategy(settings: LabSettings): string {
  const s = settings.stream;
  const idle =
    s.idleTimeout === null
      ? ''
      : `\n            // A region silent for ${humanDuration(s.idleTimeout)} stops holding the watermark back.\n            .withIdleness(${javaDuration(s.idleTimeout)})`;
  return `WatermarkStrategy.<String>forBoundedOutOfOrderness(${javaDuration(s.watermarkBound)})
            .withTimestampAssigner((json, kafkaTime) -> Order.parse(json).eventTime)${idle}`;
}

/** A complete Java program (Flink 1.19+, flink-connector-kafka). */
export function flinkDataStream(settings: LabSettings): string {
  const s = settings.stream;
  const regions = settings.scenario.regions;
  const bounded = s.flushAtEnd
    ? `\n                // The lab's source ends after its last order, which closes every window.\n                .setBounded(OffsetsInitializer.latest())`
    : '';
  const lateness =
    s.allowedLateness > 0
      ? `\n                .allowedLateness(${javaDuration(s.allowedLateness)})`
      : '';
  return `// Flink DataStream API (Java), Flink 1.19+ with flink-connector-kafka: revenue per product per
// window. Flink applies the watermark strategy to each Kafka partition (here ${regions === 1 ? 'one region, one partition' : `${regions} regions, one partition each`})
// and the job's watermark is the lowest of theirs, as in the lab's stream lane.
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.OutputTag;

public class Revenue {
    /** One order, from the JSON lines of the topic (the lab's export). */
    public static class Order {
        public String key;
        public long amount;
        public long eventTime;

        static Order parse(String json) {
            Order order = new Order();
            order.key = field(json, "key");
            order.amount = Long.parseLong(field(json, "amount"));
            order.eventTime = Instant.parse(field(json, "event_time")).toEpochMilli();
            return order;
        }

        private static String field(String json, String name) {
            Matcher m = Pattern.compile("\\"" + name + "\\"\\\\s*:\\\\s*\\"?([^\\",}]*)").matcher(json);
            if (!m.find()) throw new IllegalArgumentException("no " + name + " in " + json);
            return m.group(1);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        // Periodic watermarks every 200 ms, as the lab emits them.
        env.getConfig().setAutoWatermarkInterval(200);

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("${BOOTSTRAP}")
                .setTopics("${TOPIC}")
                .setGroupId("batch-vs-stream-lab")
                .setStartingOffsets(OffsetsInitializer.earliest())${bounded}
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        // ${humanDuration(s.watermarkBound)} bound: the watermark is the newest event time - bound - 1 ms. Given to
        // the source, it runs per Kafka partition (after a map it would run per subtask instead).
        WatermarkStrategy<String> watermarks = ${flinkWatermarkStrategy(settings)};

        DataStream<Order> orders = env
                .fromSource(source, watermarks, "${TOPIC}")
                .map(Order::parse);

        OutputTag<Order> late = new OutputTag<Order>("late orders") {};
        SingleOutputStreamOperator<Order> revenue = orders
                .keyBy(order -> order.key)
                .window(${windowAssigner(settings)})${lateness}
                .sideOutputLateData(late)
                .reduce((a, b) -> {
                    Order sum = new Order();
                    sum.key = a.key;
                    sum.amount = a.amount + b.amount;
                    sum.eventTime = Math.max(a.eventTime, b.eventTime);
                    return sum;
                });

        revenue.map(o -> o.key + " " + o.amount).print("revenue");
        revenue.getSideOutput(late).map(o -> o.key + " " + o.amount).print("late");
        env.execute("revenue per product");
    }
}
`;
}
