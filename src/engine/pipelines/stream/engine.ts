// The event loop of runStream: one pass over the input in arrival order, interleaving watermark
// emissions, processing-time timers and explicit marks in processing time, the way a Flink
// WindowOperator with a Beam-style trigger sees them. Comments name the rule each step follows.
import type { OrderEvent, Pane, StreamRun } from '../../core/types';
import type { StreamSettings } from './config';
import { PaneSink } from './panes';
import { WindowGroups } from './groups';
import { SessionWindows } from './sessions';
import { PartitionWatermarks } from './partitions';
import { FirstEmissions, openRows, StateSizes } from './records';
import type { Owed, WindowState } from './state';
import { TimerQueue } from './timers';

type Timing = Pane['timing'];

// Window and watermark kinds as small integers, for the per-event switch.
const TUMBLING = 0;
const SLIDING = 1;
const SESSION = 2;
const GLOBAL = 3;
const BOUNDED = 0;
const PERFECT = 1;
const EXPLICIT = 2;

export class StreamEngine {
  private readonly sink = new PaneSink();
  private readonly dropped: OrderEvent[] = [];
  private readonly watermarks: { at: number; value: number }[] = [];
  private readonly sizes = new StateSizes();
  private readonly first: FirstEmissions;

  private now = -Infinity;
  private wm = -Infinity;
  private tokens = 0;

  // Watermark generation.
  private maxSeen = -Infinity;
  private pendingEmission = Infinity;
  /** No emission or timer is due before this: most arrivals skip advanceTo's queue peeks. */
  private nextWake = Infinity;
  private readonly suffixMin: Float64Array | null = null;
  /** Bounded over several partitions, or with idleness; null on the one-partition path. */
  private readonly parts: PartitionWatermarks | null = null;

  private readonly groups: WindowGroups;
  private readonly sessions: SessionWindows;

  private readonly earlyTimers = new TimerQueue();
  private readonly lateTimers = new TimerQueue();

  private readonly windowKind: number;
  private readonly watermarkKind: number;
  private readonly interval: number;
  private readonly size: number;
  private readonly slide: number;
  private readonly offset: number;
  private readonly lateness: number;
  private readonly discarding: boolean;
  private readonly retracting: boolean;

  constructor(
    private readonly s: StreamSettings,
    private readonly events: readonly OrderEvent[],
    order: Int32Array | null,
    partitions = 1,
  ) {
    const n = events.length;
    this.first = new FirstEmissions(n, s.window.kind !== 'sliding', order);
    const w = s.window;
    this.windowKind = { tumbling: TUMBLING, sliding: SLIDING, session: SESSION, global: GLOBAL }[
      w.kind
    ];
    this.watermarkKind = { bounded: BOUNDED, perfect: PERFECT, explicit: EXPLICIT }[s.watermark];
    this.interval = s.interval;
    this.size =
      w.kind === 'tumbling' || w.kind === 'sliding' ? w.size : w.kind === 'session' ? w.gap : 0;
    this.slide = w.kind === 'sliding' ? w.slide : this.size;
    this.offset = w.kind === 'tumbling' || w.kind === 'sliding' ? (w.offset ?? 0) : 0;
    this.lateness = s.allowedLateness;
    this.discarding = s.accumulation === 'discarding';
    this.retracting = s.accumulation === 'retracting';
    const onLive = (delta: number) => this.sizes.change(this.now, delta);
    this.groups = new WindowGroups(s.allowedLateness, this.windowKind === SLIDING, onLive);
    this.sessions = new SessionWindows(
      this.size,
      s.allowedLateness,
      this.retracting,
      this.first.next,
      onLive,
    );
    if (s.watermark === 'bounded' && (partitions > 1 || s.idleTimeout !== Infinity)) {
      this.parts = new PartitionWatermarks(
        partitions,
        s.maxOutOfOrderness,
        s.idleTimeout,
        s.interval,
      );
    }
    if (s.watermark === 'perfect') {
      // The oracle: after event i, the smallest event time among events i+1.. (Infinity at the end).
      const m = new Float64Array(n + 1);
      m[n] = Infinity;
      for (let i = n - 1; i >= 0; i--) m[i] = Math.min(m[i + 1]!, events[i]!.eventTime);
      this.suffixMin = m;
    }
  }

  run(): StreamRun {
    const { events, s } = this;
    const n = events.length;
    const marks = s.marks;
    let i = 0;
    let m = 0;
    while (i < n || m < marks.length) {
      const ta = i < n ? events[i]!.arrivalTime : Infinity;
      const tm = m < marks.length ? marks[m]!.at : Infinity;
      const t = ta <= tm ? ta : tm;
      // Simultaneity rule: emissions and timers due at t run before the events arriving at t.
      this.advanceTo(t);
      this.now = t;
      for (; i < n; i++) {
        const ev = events[i]!;
        if (ev.arrivalTime !== t) break;
        this.process(ev, i);
      }
      // An explicit mark applies after the events that arrived at its time (the contract).
      for (; m < marks.length && marks[m]!.at === t; m++) this.raise(marks[m]!.value);
    }
    if (s.flushAtEnd) {
      // A bounded source ending: Flink emits Watermark.MAX_WATERMARK right after the last record.
      if (n > 0 || marks.length > 0) this.raise(Infinity);
    } else {
      // Processing time goes on: the last periodic emission and pending timers still happen.
      this.advanceTo(Infinity);
    }
    this.sink.flush();
    const out: StreamRun = {
      panes: this.sink.panes,
      dropped: this.dropped,
      watermarks: this.watermarks,
      open: openRows([...this.groups.states(), ...this.sessions.states()]),
      stateSize: this.sizes.samples,
      peakState: this.sizes.peak,
      firstEmittedAt: this.first.times,
    };
    const parts = this.parts;
    if (parts !== null) {
      // Built on first read: runs that only need panes skip half a million small objects.
      Object.defineProperty(out, 'partitionWatermarks', {
        get: () => parts.samples(),
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** Runs periodic watermark emissions and processing-time timers due at or before `limit`. */
  private advanceTo(limit: number): void {
    if (limit < this.nextWake) return;
    for (;;) {
      const emission = this.pendingEmission;
      const early = this.earlyTimers.peek();
      const late = this.lateTimers.peek();
      const timer = early < late ? early : late;
      const next = emission <= timer ? emission : timer;
      if (next > limit || next === Infinity) {
        this.nextWake = next;
        return;
      }
      this.now = next;
      if (emission <= timer) {
        // An emission at the same time as a timer goes first: the timer may then be moot.
        this.pendingEmission = Infinity;
        if (this.parts === null) this.raise(this.maxSeen - this.s.maxOutOfOrderness - 1);
        else this.emitPartitions();
      } else {
        const st = early <= late ? this.earlyTimers.shift() : this.lateTimers.shift();
        st.timerToken = 0;
        if (st.pendCount > 0) this.fire(st, st.timerLate ? 'late' : 'early');
      }
    }
  }

  private process(ev: OrderEvent, pos: number): void {
    switch (this.windowKind) {
      case TUMBLING: {
        const t = ev.eventTime;
        const rem = (t - this.offset) % this.size; // Flink TimeWindow.getWindowStartWithOffset
        const start = rem < 0 ? t - (rem + this.size) : t - rem;
        const st = this.groups.stateFor(start, start + this.size, ev.key, this.wm);
        if (st === null) this.dropped.push(ev);
        else this.add(st, pos, ev.amount);
        break;
      }
      case SLIDING: {
        const t = ev.eventTime;
        const rem = (t - this.offset) % this.slide;
        let added = false;
        // Flink SlidingEventTimeWindows: from the last start back while the window covers t.
        for (
          let start = rem < 0 ? t - (rem + this.slide) : t - rem;
          start > t - this.size;
          start -= this.slide
        ) {
          const st = this.groups.stateFor(start, start + this.size, ev.key, this.wm);
          if (st !== null) {
            this.add(st, pos, ev.amount);
            added = true;
          }
        }
        if (!added) this.dropped.push(ev);
        break;
      }
      case GLOBAL: {
        const st = this.groups.stateFor(-Infinity, Infinity, ev.key, this.wm);
        if (st === null) this.dropped.push(ev);
        else this.add(st, pos, ev.amount);
        break;
      }
      default: {
        const st = this.sessions.stateFor(ev.key, ev.eventTime, this.wm);
        if (st === null) this.dropped.push(ev);
        else this.add(st, pos, ev.amount);
        break;
      }
    }
    const wm = this.watermarkKind;
    if (this.parts !== null) this.onPartitionOrder(ev);
    else if (wm === BOUNDED) {
      if (ev.eventTime > this.maxSeen) this.maxSeen = ev.eventTime;
      const interval = this.interval;
      if (interval === 0) this.raise(this.maxSeen - this.s.maxOutOfOrderness - 1);
      else if (this.pendingEmission === Infinity) {
        // The next multiple of the interval strictly after this arrival: O(1), no empty ticks.
        const at = Math.floor(this.now / interval) * interval + interval;
        this.pendingEmission = at;
        if (at < this.nextWake) this.nextWake = at;
      }
    } else if (wm === PERFECT) {
      this.raise(this.suffixMin![pos + 1]! - 1);
    }
  }

  /**
   * Bounded over partitions: the order moves its own partition's watermark, which the job sees at
   * the next periodic emission (Flink's deferred per-split outputs), or at once with interval 0.
   */
  private onPartitionOrder(ev: OrderEvent): void {
    this.parts!.onOrder(ev.partition ?? 0, ev.eventTime, this.now);
    const interval = this.interval;
    if (interval === 0) {
      this.emitPartitions();
      return;
    }
    // An idle check may already be due earlier than the emission after this arrival: keep both.
    const at = Math.floor(this.now / interval) * interval + interval;
    if (at < this.pendingEmission) {
      this.pendingEmission = at;
      if (at < this.nextWake) this.nextWake = at;
    }
  }

  /**
   * One periodic emission over partitions: raise the job's watermark to the minimum over the
   * partitions that are not idle (it holds while all are idle), then plan the next emission at
   * which a partition can turn idle. Emissions at which nothing can change are skipped: the
   * partitions' watermarks move only with orders, and idleness only at these planned times.
   */
  private emitPartitions(): void {
    const parts = this.parts!;
    const min = parts.emit(this.now);
    if (min === min) this.raise(min);
    const next = parts.nextIdle;
    if (next < this.pendingEmission) {
      this.pendingEmission = next;
      if (next < this.nextWake) this.nextWake = next;
    }
  }

  /** Adds one element to a state, then asks the trigger (Flink Trigger.onElement). */
  private add(st: WindowState, pos: number, amount: number): void {
    st.total += amount;
    st.count += 1;
    st.pendValue += amount;
    st.pendCount += 1;
    this.first.append(st, pos);
    const s = this.s;
    if (!st.onTimeDone) {
      // Beam AfterProcessingTime.pastFirstElementInPane().plusDelayOf(every), or AfterPane count.
      if (s.earlyEvery > 0) {
        if (st.timerToken === 0) this.schedule(st, this.now + s.earlyEvery, false);
      } else if (s.earlyCount > 0 && st.pendCount >= s.earlyCount) this.fire(st, 'early');
    } else if (s.lateEvery > 0) {
      if (st.timerToken === 0) this.schedule(st, this.now + s.lateEvery, true);
    } else {
      // Flink EventTimeTrigger.onElement: FIRE when maxTimestamp <= watermark.
      this.fire(st, 'late');
    }
  }

  private schedule(st: WindowState, at: number, late: boolean): void {
    const token = ++this.tokens;
    st.timerToken = token;
    st.timerAt = at;
    st.timerLate = late;
    (late ? this.lateTimers : this.earlyTimers).push(at, st, token);
    if (at < this.nextWake) this.nextWake = at;
  }

  /** Raises the watermark (never lowers it) and fires and clears the windows it passed. */
  private raise(value: number): void {
    if (!(value > this.wm)) return;
    this.wm = value;
    this.watermarks.push({ at: this.now, value });
    if (this.windowKind === SESSION) {
      for (let st = this.sessions.popDue(value); st !== null; st = this.sessions.popDue(value)) {
        if (!st.onTimeDone) {
          st.onTimeDone = true;
          this.fire(st, 'on-time');
        }
        const cleanup = st.win.end - 1 + this.lateness;
        if (cleanup > value) this.sessions.reschedule(st, cleanup);
        else {
          this.flushLate(st);
          this.sessions.remove(st);
        }
      }
      return;
    }
    for (let g = this.groups.popDue(value); g !== null; g = this.groups.popDue(value)) {
      if (!g.onTimeDone) {
        // Beam's default OnTimeBehavior.FIRE_ALWAYS: every state fires, even with nothing new.
        g.onTimeDone = true;
        for (const st of g.states.values()) {
          st.onTimeDone = true;
          this.fire(st, 'on-time');
        }
      }
      // Flink's cleanup timer at end - 1 + allowedLateness.
      const cleanup = g.win.end - 1 + this.lateness;
      if (cleanup > value) this.groups.reschedule(g, cleanup);
      else {
        for (const st of g.states.values()) {
          this.flushLate(st);
          st.alive = false;
        }
        this.groups.remove(g);
      }
    }
  }

  /** Unsent late elements go out before a state is cleared (Beam ClosingBehavior.FIRE_IF_NON_EMPTY). */
  private flushLate(st: WindowState): void {
    if (st.pendCount > 0) this.fire(st, 'late');
  }

  /** Emits a pane for a state, per the accumulation mode, and resets its pending part. */
  private fire(st: WindowState, timing: Timing): void {
    const value = this.discarding ? st.pendValue : st.total;
    const count = this.discarding ? st.pendCount : st.count;
    const emittedAt = this.now;
    const watermark = this.wm;
    let before: Pane[] | null = null;
    if (this.retracting) {
      const undo = (o: Owed): Pane => ({
        key: st.key,
        window: o.window,
        value: o.value,
        count: o.count,
        timing,
        emittedAt,
        watermark,
        retraction: true,
      });
      if (st.owed !== null) before = st.owed.map(undo);
      if (st.emitted)
        (before ??= []).push(undo({ window: st.win, value: st.lastValue, count: st.lastCount }));
      st.owed = null;
    }
    this.sink.add(
      { key: st.key, window: st.win, value, count, timing, emittedAt, watermark },
      before,
    );
    st.emitted = true;
    st.lastValue = value;
    st.lastCount = count;
    if (st.pendCount > 0) this.first.stamp(st, emittedAt);
    st.pendValue = 0;
    st.pendCount = 0;
    st.timerToken = 0;
  }
}
