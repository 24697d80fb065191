// Export buttons: the chart and each lane as PNG or SVG, and the results as CSV, as they are at
// the playhead. Pictures are read from the screen (exportDom.ts); the CSV from the same pure
// model the results table shows.
import { useState } from 'react';
import { useLabApi } from '../../store/context';
import type { Picture } from './exportDom';
import './export.css';

// The drawing and serialising code loads on the first click: it is not needed to show the page.
// So does the results model (it comes with the results table, which loads after the stage).
const loadDom = () => import('./exportDom');
const loadSerialize = () => import('./serialize');
const loadResults = () => import('../../views/results/model');

type PictureOf = (dom: Awaited<ReturnType<typeof loadDom>>) => Picture | null;

function PictureButtons({ what, picture }: { what: string; picture: PictureOf }) {
  const { scheduler } = useLabApi();
  const [failed, setFailed] = useState('');
  const run = async (kind: 'png' | 'svg') => {
    const dom = await loadDom();
    const p = picture(dom);
    if (!p) return setFailed(`${what} is not on screen.`);
    try {
      if (kind === 'svg') dom.saveSvg(p, scheduler);
      else await dom.savePng(p, scheduler);
      setFailed('');
    } catch {
      setFailed(`The browser could not draw ${what} as PNG; the SVG works everywhere.`);
    }
  };
  return (
    <span className="export-item">
      <span className="export-what">{what}</span>
      <button type="button" onClick={() => void run('png')} aria-label={`Download ${what} as PNG`}>
        PNG
      </button>
      <button type="button" onClick={() => void run('svg')} aria-label={`Download ${what} as SVG`}>
        SVG
      </button>
      {failed ? <span role="status">{failed}</span> : null}
    </span>
  );
}

const LANE_NAMES = [
  ['batch', 'the batch lane'],
  ['microbatch', 'the micro-batch lane'],
  ['stream', 'the stream lane'],
  ['request', 'the per-request lane'],
] as const;

export function LanesExport() {
  return (
    <div
      className="export-bar"
      role="group"
      aria-label="Export the lanes"
      data-testid="lanes-export"
    >
      <span className="export-label">Export:</span>
      {LANE_NAMES.map(([id, what]) => (
        <PictureButtons key={id} what={what} picture={(dom) => dom.lanePicture(id)} />
      ))}
    </div>
  );
}

export function ChartExport() {
  return (
    <div
      className="export-bar"
      role="group"
      aria-label="Export the chart"
      data-testid="chart-export"
    >
      <span className="export-label">Export:</span>
      <PictureButtons what="the chart" picture={(dom) => dom.chartPicture()} />
    </div>
  );
}

export function ResultsExport() {
  const lab = useLabApi();
  return (
    <div
      className="export-bar"
      role="group"
      aria-label="Export the results"
      data-testid="results-export"
    >
      <button
        type="button"
        onClick={async () => {
          const [{ resultsCsv, exportName }, { saveBlob }, { resultsAt }] = await Promise.all([
            loadSerialize(),
            loadDom(),
            loadResults(),
          ]);
          const { run, playhead } = lab.getState();
          const csv = resultsCsv(resultsAt(run, playhead).rows, playhead);
          saveBlob(
            exportName('results', 'csv'),
            new Blob([csv], { type: 'text/csv' }),
            lab.scheduler,
          );
        }}
      >
        Download the results as CSV
      </button>
    </div>
  );
}
