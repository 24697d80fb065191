// Timer structures of a streaming run. Processing-time timers all use one fixed delay, and they
// are set in arrival order, so a FIFO queue keeps them sorted; event-time deadlines (end - 1,
// then cleanup) go in a binary heap. Both drop stale entries lazily instead of searching.
import type { WindowState } from './state';

/** Processing-time timers set at non-decreasing times; cancelled by changing the state's token. */
export class TimerQueue {
  private times: number[] = [];
  private states: WindowState[] = [];
  private tokens: number[] = [];
  private head = 0;

  push(time: number, state: WindowState, token: number): void {
    this.times.push(time);
    this.states.push(state);
    this.tokens.push(token);
  }

  /** The time of the next live timer, or Infinity; stale entries at the front are dropped. */
  peek(): number {
    const { times, states, tokens } = this;
    while (this.head < times.length) {
      const st = states[this.head]!;
      if (st.alive && st.timerToken === tokens[this.head]) return times[this.head]!;
      this.head++;
    }
    if (this.head > 0) {
      times.length = states.length = tokens.length = 0;
      this.head = 0;
    }
    return Infinity;
  }

  /** Removes the timer `peek` reported and returns its state. */
  shift(): WindowState {
    const st = this.states[this.head]!;
    this.head++;
    if (this.head >= 4096 && this.head * 2 >= this.times.length) {
      this.times.splice(0, this.head);
      this.states.splice(0, this.head);
      this.tokens.splice(0, this.head);
      this.head = 0;
    }
    return st;
  }
}

/** Min-heap of (deadline, item); an entry is stale once the item died or its version moved. */
export class DeadlineHeap<T extends { alive: boolean; ver: number }> {
  private times: number[] = [];
  private items: T[] = [];
  private vers: number[] = [];

  push(time: number, item: T): void {
    const { times, items, vers } = this;
    let i = times.length;
    times.push(time);
    items.push(item);
    vers.push(item.ver);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      items[i] = items[parent]!;
      vers[i] = vers[parent]!;
      i = parent;
    }
    times[i] = time;
    items[i] = item;
    vers[i] = item.ver;
  }

  /** Pops the next live item whose deadline is <= limit, or returns null. */
  popDue(limit: number): T | null {
    const { times, items, vers } = this;
    while (times.length > 0 && times[0]! <= limit) {
      const item = items[0]!;
      const ver = vers[0]!;
      this.removeTop();
      if (item.alive && item.ver === ver) return item;
    }
    return null;
  }

  private removeTop(): void {
    const { times, items, vers } = this;
    const lastT = times.pop()!;
    const lastI = items.pop()!;
    const lastV = vers.pop()!;
    const n = times.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= lastT) break;
      times[i] = times[child]!;
      items[i] = items[child]!;
      vers[i] = vers[child]!;
      i = child;
    }
    times[i] = lastT;
    items[i] = lastI;
    vers[i] = lastV;
  }
}
