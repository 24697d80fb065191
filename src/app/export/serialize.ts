// Pure serialisers behind the export buttons: the results table as CSV, and a standalone SVG
// file from a lane's or the chart's layers (SVG markup and canvas snapshots, bottom to top).
// The DOM side (exportDom.ts) only collects the layers and saves the text these return.
import { io } from '../../engine';
import type { ResultLane, ResultRow } from '../../views/results/model';

const LANES: readonly ResultLane[] = ['batch', 'microbatch', 'stream', 'request'];

/** A CSV field, quoted when it must be (RFC 4180: comma, quote, line break, edge spaces). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The results table at instant `at` as CSV: one line per product and window, with the truth and
 * per lane what it shows (cents, empty when nothing) and how that compares (match, differs,
 * pending, unavailable). Newline-terminated.
 */
export function resultsCsv(rows: readonly ResultRow[], at: number): string {
  const header = [
    'at',
    'window_start',
    'window_end',
    'key',
    'truth',
    'truth_orders',
    ...LANES.flatMap((l) => [l, `${l}_state`]),
  ];
  const lines = [header.join(',')];
  const when = io.isoFromMs(at);
  for (const r of rows)
    lines.push(
      [
        when,
        io.isoFromMs(r.window.start),
        io.isoFromMs(r.window.end),
        csvField(r.key),
        String(r.truth),
        String(r.truthCount),
        ...LANES.flatMap((l) => [
          r.cells[l].value === null ? '' : String(r.cells[l].value),
          r.cells[l].state,
        ]),
      ].join(','),
    );
  return lines.join('\n') + '\n';
}

/** One layer of a picture: SVG content (no outer <svg>) or a raster snapshot (a data: URL). */
export type Layer =
  | { kind: 'svg'; markup: string; x?: number; y?: number }
  | { kind: 'image'; href: string; width: number; height: number; x?: number; y?: number };

export interface PictureOptions {
  width: number;
  height: number;
  /** Said in the file's <title>, for screen readers and file browsers. */
  title: string;
  /** Fills the canvas first, so the file reads the same on any page colour. */
  background: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** A standalone SVG file: the layers in order on a background, with a title. */
export function pictureSvg(layers: readonly Layer[], o: PictureOptions): string {
  const body = layers.map((l) => {
    const at = l.x || l.y ? ` transform="translate(${fmt(l.x ?? 0)} ${fmt(l.y ?? 0)})"` : '';
    return l.kind === 'svg'
      ? `<g${at}>${l.markup}</g>`
      : `<image${at} width="${fmt(l.width)}" height="${fmt(l.height)}" href="${escapeXml(l.href)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(o.width)}" height="${fmt(o.height)}" viewBox="0 0 ${fmt(o.width)} ${fmt(o.height)}" role="img">`,
    `<title>${escapeXml(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(o.background)}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** A file name for an export: "batch-stream-lab-stream-lane.png". */
export function exportName(what: string, extension: 'png' | 'svg' | 'csv'): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `batch-stream-lab-${slug}.${extension}`;
}
