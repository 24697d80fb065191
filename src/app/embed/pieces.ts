// Which piece of the lab an embed shows for a link's `panel`, its accessible title, and the
// iframe size that fits it. Pure data, shared by the embed page, the embed-code button and the
// custom element (which must not pull the engine in, so `panel` is any string here).

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

/** The width (CSS px) the Embed menu writes: four lanes need two columns; the rest fit 720. */
const WIDTHS: Record<EmbedPiece, number> = {
  lanes: 960,
  stream: 720,
  microbatch: 720,
  batch: 720,
  chart: 720,
  results: 720,
  sampling: 720,
};

/**
 * Heights (CSS px) that hold the piece of the default lab at its width, with its playback bar,
 * at every playhead: what a frame starts at before the embed reports its own height, and what the
 * Embed menu writes until it has measured the piece as it is on screen (MeasureFrame).
 */
const HEIGHTS: Record<EmbedPiece, number> = {
  lanes: 1310,
  stream: 730,
  microbatch: 775,
  batch: 750,
  chart: 680,
  results: 785,
  sampling: 3210,
};

/**
 * The piece an embed shows for `panel`: a lane, the chart, the results or sampling as asked; the
 * play area (all four lanes) for no panel and for regions that make no sense alone (controls,
 * explanations, lessons).
 */
export function embedPiece(panel: string | null): EmbedPiece {
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

/** The width an iframe of this piece is written with. */
export function embedWidth(piece: EmbedPiece): number {
  return WIDTHS[piece];
}
