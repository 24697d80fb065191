// Collects panes in a deterministic order: by emittedAt, then window end, then key, then firing
// order. For fixed windows the same end means the same start, so this is end, start, key; for
// sessions, a merged window sharing its end with one it absorbed must follow that window's pane
// of the same instant (its retraction withdraws it), which only firing order captures. Processing
// time only moves forward, so sorting the panes of one instant is enough; a retraction travels
// with the pane it precedes.
import type { Pane } from '../../core/types';
import { compareNumbers } from './state';

interface Unit {
  pane: Pane;
  before: Pane[] | null;
  seq: number;
}

function byWindowThenKey(a: Unit, b: Unit): number {
  const p = a.pane;
  const q = b.pane;
  return (
    compareNumbers(p.window.end, q.window.end) ||
    (p.key < q.key ? -1 : p.key > q.key ? 1 : 0) ||
    a.seq - b.seq
  );
}

export class PaneSink {
  readonly panes: Pane[] = [];
  private buf: Unit[] = [];
  private at = NaN;
  private seq = 0;

  /** Adds a pane, with the retractions that must come right before it. */
  add(pane: Pane, before: Pane[] | null): void {
    if (pane.emittedAt !== this.at) {
      this.flush();
      this.at = pane.emittedAt;
    }
    this.buf.push({ pane, before, seq: this.seq++ });
  }

  /** Moves the buffered instant to the output. */
  flush(): void {
    const buf = this.buf;
    if (buf.length > 1) buf.sort(byWindowThenKey);
    for (const u of buf) {
      if (u.before !== null) for (const r of u.before) this.panes.push(r);
      this.panes.push(u.pane);
    }
    buf.length = 0;
  }
}
