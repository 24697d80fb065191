// Which piece of the lab an embed shows for a link's `panel`, its accessible title, and the
// iframe height that fits it. Pure data, shared by the embed page and the embed-code button.
import type { PanelId } from '../url/state';

export type EmbedPiece =
  'lanes' | 'stream' | 'microbatch' | 'batch' | 'chart' | 'results' | 'sampling';

const TITLES: Record<EmbedPiece, string> = {
  lanes: 'four pipelines on the same orders',
  stream: 'the stream lane',
  microbatch: 'the micro-batch lane',
  batch: 'the batch lane',
  chart: 'latency versus complexity',
  results: 'results against the truth',
  sampling: 'sampling',
};

/** Heights (CSS px) that show the piece with its playback bar without a scrollbar. */
const HEIGHTS: Record<EmbedPiece, number> = {
  lanes: 760,
  stream: 760,
  microbatch: 760,
  batch: 760,
  chart: 760,
  results: 720,
  sampling: 480,
};

/**
 * The piece an embed shows for `panel`: a lane, the chart, the results or sampling as asked; the
 * play area (all four lanes) for no panel and for regions that make no sense alone (controls,
 * explanations, lessons).
 */
export function embedPiece(panel: PanelId | null): EmbedPiece {
  switch (panel) {
    case 'stream':
    case 'microbatch':
    case 'batch':
    case 'chart':
    case 'results':
    case 'sampling':
      return panel;
    default:
      return 'lanes';
  }
}

/** The iframe's title and the embed page's heading: "Batch vs Stream Lab: the stream lane". */
export function embedTitle(piece: EmbedPiece): string {
  return `Batch vs Stream Lab: ${TITLES[piece]}`;
}

/** The height an iframe of this piece needs before the embed reports its own. */
export function embedHeight(piece: EmbedPiece): number {
  return HEIGHTS[piece];
}
