// Apache Beam (Python SDK) for the lab's stream lane: event-time windows with a watermark trigger,
// early panes after a processing-time delay, late panes per element, the lab's accumulation mode
// and allowed lateness (Beam docs: "Windowing", "Triggers", apache_beam.transforms.trigger).
// Event time comes from the Kafka record timestamps: ReadFromKafka's timestamp_policy defaults to
// ProcessingTime, and re-stamping elements afterwards leaves them behind a wall-clock watermark,
// where every window drops them (apache/beam, sdks/python/apache_beam/io/kafka.py).
import type { LabSettings } from '../lab/settings';
import { beamSeconds, humanDuration } from './durations';
import { BOOTSTRAP, TOPIC } from '../io/schema';

/** `window.FixedWindows(300)` and friends (Beam sizes and offsets are in seconds). */
export function beamWindowFn(settings: LabSettings): string {
  const w = settings.window;
  switch (w.kind) {
    case 'tumbling':
      return w.offset
        ? `window.FixedWindows(${beamSeconds(w.size)}, offset=${beamSeconds(w.offset)})`
        : `window.FixedWindows(${beamSeconds(w.size)})`;
    case 'sliding':
      return w.offset
        ? `window.SlidingWindows(${beamSeconds(w.size)}, ${beamSeconds(w.slide)}, offset=${beamSeconds(w.offset)})`
        : `window.SlidingWindows(${beamSeconds(w.size)}, ${beamSeconds(w.slide)})`;
    case 'session':
      return `window.Sessions(${beamSeconds(w.gap)})`;
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

/** `trigger.AfterWatermark(...)` with the lab's early and late firings. */
export function beamTrigger(settings: LabSettings): string {
  const parts: string[] = [];
  if (settings.stream.earlyEvery > 0)
    parts.push(`early=trigger.AfterProcessingTime(${beamSeconds(settings.stream.earlyEvery)})`);
  if (settings.stream.allowedLateness > 0) parts.push('late=trigger.AfterCount(1)');
  return `trigger.AfterWatermark(${parts.join(', ')})`;
}

function accumulationLines(settings: LabSettings): string[] {
  switch (settings.stream.accumulation) {
    case 'accumulating':
      return ['accumulation_mode=trigger.AccumulationMode.ACCUMULATING,'];
    case 'discarding':
      return ['accumulation_mode=trigger.AccumulationMode.DISCARDING,'];
    case 'retracting':
      return [
        '# The lab retracts each earlier pane; the Python SDK names RETRACTING but no runner',
        '# supports it, so this accumulates and a sink must replace the previous value.',
        'accumulation_mode=trigger.AccumulationMode.ACCUMULATING,',
      ];
  }
}

/** A runnable Beam Python (2.60+) pipeline; panes are printed. */
export function beam(settings: LabSettings): string {
  const s = settings.stream;
  const indent = '            ';
  return `# Apache Beam Python 2.60+: revenue per product per window, early panes ${
    s.earlyEvery > 0 ? `${humanDuration(s.earlyEvery)} after a pane's first order` : 'off'
  },
# allowed lateness ${humanDuration(s.allowedLateness)}, ${s.accumulation} panes.
#
# Event time: each Kafka record's timestamp must be its order's event time, and the read uses the
# CreateTime policy. ReadFromKafka's default policy stamps records with processing time (now), so
# event times re-stamped later would sit far behind the watermark and every window would drop
# them. Load the lab's orders.jsonl so that each record carries its event time, e.g. with kafka-python:
#   import datetime, json
#   from kafka import KafkaProducer
#   producer = KafkaProducer(bootstrap_servers="${BOOTSTRAP}")
#   for line in open("orders.jsonl", encoding="utf-8"):
#       when = datetime.datetime.fromisoformat(json.loads(line)["event_time"].replace("Z", "+00:00"))
#       producer.send("${TOPIC}", line.strip().encode("utf-8"), timestamp_ms=round(when.timestamp() * 1000))
#   producer.flush()
# Create the topic with retention.ms=-1 first: Kafka deletes records by their timestamp, and these
# are from 1970.
import json

import apache_beam as beam
from apache_beam.io.kafka import ReadFromKafka
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms import trigger, window
from apache_beam.utils.timestamp import Duration


def product_and_amount(record):
    # The element's timestamp is already the record's, the order's event time (CreateTime).
    order = json.loads(record[1].decode("utf-8"))
    return order["key"], order["amount"]


def show(pane, w=beam.DoFn.WindowParam, p=beam.DoFn.PaneInfoParam):
    key, revenue = pane
    print(w.start.to_utc_datetime(), w.end.to_utc_datetime(), key, revenue, p.timing)


with beam.Pipeline(options=PipelineOptions(streaming=True)) as pipeline:
    (
        pipeline
        | "Read" >> ReadFromKafka(
            consumer_config={"bootstrap.servers": "${BOOTSTRAP}", "auto.offset.reset": "earliest"},
            topics=["${TOPIC}"],
            timestamp_policy=ReadFromKafka.create_time_policy,
        )
        | "Parse" >> beam.Map(product_and_amount)
        | "Window" >> beam.WindowInto(
            ${beamWindowFn(settings)},
            trigger=${beamTrigger(settings)},
${accumulationLines(settings)
  .map((l) => indent + l)
  .join('\n')}
            allowed_lateness=Duration(seconds=${beamSeconds(s.allowedLateness)}),
        )
        | "Revenue" >> beam.CombinePerKey(sum)
        | "Show" >> beam.Map(show)
    )
`;
}
