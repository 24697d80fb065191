// The embed's postMessage API, as pure data: what a host page may send (parsed and validated
// here, so anything of the wrong shape is dropped without a word) and what the embed sends back.
// Version 1; a message with another version is ignored, so a host written for a later API cannot
// half-work against an older embed.
import { time } from '../../engine';

const DAY = time.DAY;

/** The API version this embed speaks; every message carries it. */
export const EMBED_API_VERSION = 1;
/** Every message the embed posts says where it comes from, so hosts can tell it from others. */
export const EMBED_SOURCE = 'batch-stream-lab';

/** A link's query is at most this long (a real one is a few hundred characters). */
const MAX_QUERY = 4_000;

/** What a host page may ask of the embed. */
export type HostMessage =
  | { type: 'play' }
  | { type: 'pause' }
  /** Move the playhead to simulated ms since 00:00 of day 0 (clamped to the timeline). */
  | { type: 'seek'; t: number }
  /** A new scenario from a link's query ("?late=0.3&wm=30s") or from settings sections. */
  | { type: 'setScenario'; query: string }
  | { type: 'setScenario'; settings: Record<string, unknown> };

/** What the embed tells its host. */
export type EmbedMessage =
  | { source: typeof EMBED_SOURCE; version: 1; type: 'height'; height: number }
  | {
      source: typeof EMBED_SOURCE;
      version: 1;
      type: 'state';
      /** The embed's state as a link query (settings, playhead when paused, panel, …). */
      query: string;
      /** Simulated ms since 00:00 of day 0. */
      playhead: number;
      playing: boolean;
    };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The host message in `data`, or null when it is not one this embed understands (another
 * version, an unknown type, a missing or malformed field). Never throws.
 */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.version !== EMBED_API_VERSION) return null;
  switch (data.type) {
    case 'play':
      return { type: 'play' };
    case 'pause':
      return { type: 'pause' };
    case 'seek': {
      const t = data.t;
      return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= 60 * DAY
        ? { type: 'seek', t }
        : null;
    }
    case 'setScenario': {
      if (typeof data.query === 'string' && data.query.length <= MAX_QUERY)
        return { type: 'setScenario', query: data.query };
      if (data.query === undefined && isRecord(data.settings))
        return { type: 'setScenario', settings: data.settings };
      return null;
    }
    default:
      return null;
  }
}

/** True for a message an embed of this API version posted (hosts check `event.source` too). */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  return isRecord(data) && data.source === EMBED_SOURCE && data.version === EMBED_API_VERSION;
}

/** The height message for the embed's document height in CSS pixels. */
export function heightMessage(height: number): EmbedMessage {
  return { source: EMBED_SOURCE, version: 1, type: 'height', height: Math.ceil(height) };
}

/** The state message for what the embed shows now. */
export function stateMessage(query: string, playhead: number, playing: boolean): EmbedMessage {
  return { source: EMBED_SOURCE, version: 1, type: 'state', query, playhead, playing };
}

/** Where the embed posts: the host origin from the link, else anyone ('*': the data is public). */
export function targetOrigin(origin: string | null): string {
  return origin ?? '*';
}

/**
 * True when a message event may steer the embed: it comes from the window that embeds it and,
 * when the link names the host's origin, from that origin.
 */
export function fromHost(
  event: { origin: string; source: unknown },
  host: { parent: unknown; origin: string | null },
): boolean {
  if (event.source === null || event.source !== host.parent) return false;
  return host.origin === null || event.origin === host.origin;
}
