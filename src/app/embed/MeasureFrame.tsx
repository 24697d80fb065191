// Measures an embed the way a host page sees it: the snippet's own address in an invisible iframe
// of the snippet's width. Once the piece has loaded, the frame moves the embed's playhead through
// `moments` (the snippet's own playhead among them) and reports the tallest the piece got, so a
// frame that tall holds it however far the reader plays. Same-origin and not sandboxed, unlike
// the snippet: Chromium pauses rendering in cross-origin frames it thinks nobody sees, and the
// page looks inside to see that no piece is still loading and how tall the piece is.
import { useEffect, useRef } from 'react';
import { useLabApi } from '../../store/context';
import type { Scheduler } from '../../store/scheduler';
import { EMBED_API_VERSION, isEmbedMessage } from './messages';

/** Tall enough that no piece needs a scrollbar while it is measured. */
const FRAME_HEIGHT = 4000;

export interface Measured {
  height: number;
  /** Every moment was measured with the piece fully loaded (no lazy part still a placeholder). */
  ready: boolean;
}

/**
 * Resolves after `n` animation frames (React in the frame has rendered and laid out a change). The
 * frames are the lab store's: a same-origin frame renders in the page's own frames, on the same
 * event loop, so the page's scheduler counts the frame's frames too.
 */
const frames = (scheduler: Scheduler, n: number) =>
  new Promise<void>((resolve) => {
    let left = n;
    const next = () => (--left <= 0 ? resolve() : scheduler.frame(next));
    scheduler.frame(next);
  });

/** An invisible embed of `src`, `width` px wide, reporting its height (key it on `src`). */
export function MeasureFrame({
  src,
  width,
  moments,
  onMeasure,
}: {
  src: string;
  width: number;
  /** Playheads (simulated ms) to measure the piece at. */
  moments: readonly number[];
  onMeasure: (m: Measured) => void;
}) {
  const { scheduler } = useLabApi();
  const frame = useRef<HTMLIFrameElement>(null);
  const report = useRef(onMeasure);
  const at = useRef(moments);
  useEffect(() => {
    report.current = onMeasure;
    at.current = moments;
  }, [onMeasure, moments]);

  useEffect(() => {
    let cancelled = false;
    let started = false;
    const heightOf = (doc: Document) => {
      const embed = doc.querySelector('[data-testid="embed"]');
      return embed ? Math.ceil(embed.getBoundingClientRect().height) : 0;
    };
    const loaded = (doc: Document) =>
      doc.querySelector('[data-testid="embed"]') !== null &&
      doc.querySelector('[data-testid="embed"] .loading') === null;

    /**
     * Waits for the piece to finish loading, then seeks the embed to each moment in turn (through
     * its message API) and reports the tallest it got.
     */
    const measure = async (win: Window, doc: Document) => {
      while (!loaded(doc)) {
        await frames(scheduler, 5);
        if (cancelled) return;
      }
      let tallest = heightOf(doc);
      for (const t of at.current) {
        // A listener added after the embed's own runs once the embed has handled the seek.
        const handled = new Promise<void>((resolve) =>
          win.addEventListener('message', () => resolve(), { once: true }),
        );
        win.postMessage({ version: EMBED_API_VERSION, type: 'seek', t }, '*');
        await handled;
        await frames(scheduler, 3);
        if (cancelled) return;
        tallest = Math.max(tallest, heightOf(doc));
      }
      report.current({ height: tallest, ready: true });
    };

    // The embed's first height message says it has started; the rest is read inside.
    const onMessage = (event: MessageEvent) => {
      const f = frame.current;
      const win = f?.contentWindow;
      const doc = f?.contentDocument;
      if (started || !win || !doc || event.source !== win || !isEmbedMessage(event.data)) return;
      if (event.data.type !== 'height') return;
      started = true;
      report.current({ height: event.data.height, ready: false });
      void measure(win, doc);
    };
    window.addEventListener('message', onMessage);
    return () => {
      cancelled = true;
      window.removeEventListener('message', onMessage);
    };
  }, [scheduler]);

  return (
    <div className="embed-measure" inert aria-hidden="true">
      <iframe
        ref={frame}
        src={src}
        title="Measuring the embed"
        width={width}
        height={FRAME_HEIGHT}
        tabIndex={-1}
        data-testid="embed-measure"
      />
    </div>
  );
}
