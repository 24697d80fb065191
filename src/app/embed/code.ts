// The "Copy embed code" snippet: an <iframe> of this very scenario with `embed=1`, sandboxed to
// scripts only (an opaque origin: the embed reads and writes no storage, so it needs nothing
// more), lazy-loaded, titled for screen readers and sized for the piece it shows (as measured,
// else the piece's usual size).
import { formatLabUrl } from '../url/codec';
import type { LabUrlState } from '../url/state';
import { embedHeight, embedTitle, embedWidth, type EmbedPiece } from './pieces';

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed link for a state and a piece: the settings and playhead stay; the page chrome goes. */
export function embedUrl(page: string, state: LabUrlState, piece: EmbedPiece): string {
  const query = formatLabUrl({
    ...state,
    embed: true,
    mode: 'full',
    panel: piece === 'lanes' ? null : piece,
    preset: null,
    imported: false,
    origin: null,
  });
  return `${page}${query}`;
}

/**
 * The iframe snippet for `page` (the lab's address without query or hash), the state on screen
 * and the piece to show, `height` px tall (the piece measured at its width; default: its usual
 * height).
 */
export function embedCode(
  page: string,
  state: LabUrlState,
  piece: EmbedPiece,
  height = embedHeight(piece),
): string {
  return iframeCode(embedUrl(page, state, piece), piece, height);
}

/** The iframe snippet for an embed address (from embedUrl) showing `piece`, `height` px tall. */
export function iframeCode(src: string, piece: EmbedPiece, height = embedHeight(piece)): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(embedTitle(piece))}"` +
    ` width="${embedWidth(piece)}" height="${Math.ceil(height)}" sandbox="allow-scripts" loading="lazy"></iframe>`
  );
}
