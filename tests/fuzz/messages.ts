// Generated postMessage payloads for the embed: anything a script could post (any value at all),
// near misses of each message (another version, a misspelt type, a time out of range, a query
// too long, settings that are not an object) and valid messages. `validHostMessage` is the API as
// docs/embedding.md states it, written apart from the lab's own reader so the two check each other.
import fc from 'fast-check';

const DAY = 86_400_000;
const MAX_QUERY = 4_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the message table in docs/embedding.md accepts `data` (version 1 play, pause, seek, setScenario). */
export function validHostMessage(data: unknown): boolean {
  if (!isRecord(data) || data.version !== 1) return false;
  if (data.type === 'play' || data.type === 'pause') return true;
  if (data.type === 'seek')
    return (
      typeof data.t === 'number' && Number.isFinite(data.t) && data.t >= 0 && data.t <= 60 * DAY
    );
  if (data.type === 'setScenario')
    return typeof data.query === 'string'
      ? data.query.length <= MAX_QUERY
      : data.query === undefined && isRecord(data.settings);
  return false;
}

/** Values a field may hold in a near miss: of every type, edge numbers included. */
const oddValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -0,
    1,
    -1,
    NaN,
    Infinity,
    -Infinity,
    1e308,
    60 * DAY + 1,
    '',
    '1',
    'play',
    '__proto__',
    [],
    {},
  ),
  fc.double(),
  fc.string({ maxLength: 12 }),
);

const typeArb = fc.oneof(
  fc.constantFrom('play', 'pause', 'seek', 'setScenario'),
  fc.constantFrom('Play', 'PAUSE', ' seek', 'setscenario', 'destroy', 'toString', 'constructor'),
  oddValue,
);
const versionArb = fc.oneof(
  { arbitrary: fc.constant(1), weight: 4 },
  { arbitrary: fc.constantFrom(0, 2, '1', 1.0000001, null, undefined, [1]), weight: 1 },
);

/** A message-shaped object with every field drawn from valid and odd values. */
const nearMissArb = fc
  .record(
    {
      version: versionArb,
      type: typeArb,
      t: fc.oneof(fc.integer({ min: 0, max: 60 * DAY }), oddValue),
      query: fc.oneof(
        fc.constantFrom('?late=0.3', '', '?seed=7&wm=30s', '?t=0', 'x'.repeat(MAX_QUERY + 1)),
        oddValue,
      ),
      settings: fc.oneof(
        fc.constantFrom({ scenario: { lateShare: 0.2 } }, { stream: { watermarkBound: 1 } }),
        oddValue,
        fc.array(fc.integer(), { maxLength: 2 }),
      ),
      source: fc.constantFrom('batch-stream-lab', 'someone-else'),
    },
    { requiredKeys: [] },
  )
  .map((m) => m as Record<string, unknown>);

/** Any payload; most of them are not messages the embed should heed. */
export const payloadArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nearMissArb, weight: 5 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
    weight: 2,
  },
);

/** Payloads a page can hand to postMessage through the test driver (plain data only). */
export const plainPayloadArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nearMissArb, weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);
