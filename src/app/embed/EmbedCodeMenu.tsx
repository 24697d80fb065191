// "Embed": a disclosure in the full lab's header that writes the <iframe> snippet for what is on
// screen (settings, playhead, theme) and the piece the author picks, with a Copy button. The
// snippet is computed when the menu opens or the piece changes, not on every frame.
import { useId, useRef, useState } from 'react';
import { useLabApi } from '../../store/context';
import { urlStateOf } from '../url/sync';
import { useViewApi } from '../view/context';
import { embedCode } from './code';
import { embedTitle, type EmbedPiece } from './pieces';
import './embed.css';

const PIECES: { value: EmbedPiece; label: string }[] = [
  { value: 'lanes', label: 'All four lanes' },
  { value: 'stream', label: 'Stream lane' },
  { value: 'microbatch', label: 'Micro-batch lane' },
  { value: 'batch', label: 'Batch lane' },
  { value: 'chart', label: 'Latency chart' },
  { value: 'results', label: 'Results' },
];

/** The lab's own address without query or hash: what the snippet's src starts with. */
const pageUrl = () => `${window.location.origin}${window.location.pathname}`;

export function EmbedCodeMenu() {
  const lab = useLabApi();
  const view = useViewApi();
  const [piece, setPiece] = useState<EmbedPiece>('lanes');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
  const codeFor = (p: EmbedPiece) =>
    embedCode(pageUrl(), urlStateOf(lab.getState(), view.getState()), p);

  return (
    <details
      className="cls-menu embed-code"
      ref={details}
      data-testid="embed-code-menu"
      onToggle={(e) => {
        if (e.currentTarget.open) setCode(codeFor(piece));
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
            setCode(codeFor(p));
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
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          data-testid="copy-embed-code"
          onClick={async () => {
            const fresh = codeFor(piece);
            setCode(fresh);
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
      </div>
    </details>
  );
}
