// "Embed": a disclosure in the full lab's header that writes the <iframe> snippet for what is on
// screen (settings, playhead, theme) and the piece the author picks, with a Copy button. The
// snippet is computed when the menu opens or the piece changes, not on every frame; while the
// menu is open an invisible copy of the embed measures the piece across its timeline, so the
// snippet's height holds it without clipping as it plays.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TimeWarp } from '../../geometry/timewarp';
import { useLabApi } from '../../store/context';
import { formatCount } from '../../format/count';
import { urlStateOf } from '../url/sync';
import { useViewApi } from '../view/context';
import { embedUrl, iframeCode } from './code';
import { MeasureFrame, type Measured } from './MeasureFrame';
import { embedTitle, embedWidth, type EmbedPiece } from './pieces';
import './embed.css';

const PIECES: { value: EmbedPiece; label: string }[] = [
  { value: 'lanes', label: 'All four lanes' },
  { value: 'stream', label: 'Stream lane' },
  { value: 'microbatch', label: 'Micro-batch lane' },
  { value: 'batch', label: 'Batch lane' },
  { value: 'chart', label: 'Latency chart' },
  { value: 'results', label: 'Results' },
  { value: 'sampling', label: 'Sampling' },
];

/** How many evenly spaced playheads of the timeline the piece is measured at, besides its own. */
const SWEEP = 12;

interface Target {
  src: string;
  moments: readonly number[];
  measured: Measured | null;
}

/** The playheads to measure at: the one on screen (the snippet's), then across the timeline. */
function momentsOf({ playhead, warp }: { playhead: number; warp: TimeWarp }): number[] {
  return [
    playhead,
    ...Array.from({ length: SWEEP + 1 }, (_, i) => warp.fromWarp((warp.total * i) / SWEEP)),
  ];
}

/** The lab's own address without query or hash: what the snippet's src starts with. */
const pageUrl = () => `${window.location.origin}${window.location.pathname}`;

export function EmbedCodeMenu() {
  const lab = useLabApi();
  const view = useViewApi();
  const [piece, setPiece] = useState<EmbedPiece>('lanes');
  const [open, setOpen] = useState(false);
  // The address being measured, the playheads it is measured at and what the embed there reported
  // (null: nothing yet).
  const [target, setTarget] = useState<Target>({ src: '', moments: [], measured: null });
  const [status, setStatus] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
  // Like the presets menu: a click elsewhere closes it.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const d = details.current;
      if (d?.open && e.target instanceof Node && !d.contains(e.target)) d.open = false;
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
  const stateNow = () => urlStateOf(lab.getState(), view.getState());
  /** Points the measuring frame at the piece as it is on screen now. */
  const measure = (p: EmbedPiece) =>
    setTarget({
      src: embedUrl(pageUrl(), stateNow(), p),
      moments: momentsOf(lab.getState()),
      measured: null,
    });
  const onMeasure = useCallback((measured: Measured) => setTarget((t) => ({ ...t, measured })), []);
  // Until every moment is measured, the piece's usual height.
  const height = target.measured?.ready ? target.measured.height : undefined;
  const code = open && target.src ? iframeCode(target.src, piece, height) : '';
  const width = embedWidth(piece);

  return (
    <details
      className="cls-menu embed-code"
      ref={details}
      data-testid="embed-code-menu"
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) measure(piece);
        setStatus('');
      }}
      onKeyDown={(e) => {
        const d = details.current;
        if (e.key !== 'Escape' || !d?.open) return;
        e.preventDefault();
        d.open = false;
        d.querySelector('summary')?.focus();
      }}
    >
      <summary>Embed</summary>
      <div className="embed-code-panel">
        <label htmlFor={`${id}-piece`}>Piece to embed</label>{' '}
        <select
          id={`${id}-piece`}
          value={piece}
          onChange={(e) => {
            const p = e.currentTarget.value as EmbedPiece;
            setPiece(p);
            measure(p);
            setStatus('');
          }}
        >
          {PIECES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-code`} className="embed-code-label">
          Code for {embedTitle(piece)}
        </label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={5}
          value={code}
          data-testid="embed-code"
          data-measured={target.measured?.ready ? 'true' : 'false'}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p className="embed-code-size" data-testid="embed-size">
          {target.measured?.ready
            ? `${formatCount(width)} × ${formatCount(height ?? 0)} px: the tallest this piece gets as it plays, measured in this browser. The lab also posts its height to the page as it changes (docs/embedding.md).`
            : `Measuring the piece at ${formatCount(width)} px wide…`}
        </p>
        <button
          type="button"
          data-testid="copy-embed-code"
          onClick={async () => {
            // The state on screen now (the playhead may have moved); the frame re-measures it.
            const src = embedUrl(pageUrl(), stateNow(), piece);
            const fresh = iframeCode(src, piece, height);
            setTarget((t) =>
              t.src === src ? t : { src, moments: momentsOf(lab.getState()), measured: t.measured },
            );
            try {
              await navigator.clipboard.writeText(fresh);
              setStatus('Embed code copied to the clipboard.');
            } catch {
              setStatus('The browser refused the clipboard: select the code and copy it by hand.');
            }
          }}
        >
          Copy embed code
        </button>
        <p role="status" className="embed-code-status">
          {status}
        </p>
        {open && target.src && (
          <MeasureFrame
            key={target.src}
            src={target.src}
            width={width}
            moments={target.moments}
            onMeasure={onMeasure}
          />
        )}
      </div>
    </details>
  );
}
