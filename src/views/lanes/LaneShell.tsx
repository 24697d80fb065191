// One lane's frame: a named section with a header (pipeline, engine, status line), the plot
// (still SVG under a canvas of moving marks under SVG of semantic marks), a footer, and a
// visually hidden live summary. The plot's layers come from the lane, given the lane's geometry.
// The words (status, summary, footer counts) follow the store's paced playhead: while playing they
// change a few times a second, as fast as anyone reads, instead of re-laying out text every frame.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { LaneId } from '../../engine';
import { useLab, useLabApi } from '../../store/context';
import { selectLaneZoom } from './selectors';
import { zoomSpan } from '../../geometry/lanes';
import { useLaneRun } from './laneRun';
import { useLaneStage } from './laneStage';
import type { Palette } from '../theme/palette';
import { laneGeometry, type LaneGeometry } from '../../geometry/lanePlot';
import { LaneAxes, LaneBreaks } from './LaneAxes';
import type { SharedModel } from './model';
import { useElementSize } from '../useElementSize';

export interface LaneShellProps {
  id: LaneId;
  name: string;
  tool: string;
  testId: string;
  shared: SharedModel;
  palette: Palette;
  /** The status line (a small component that selects primitives at the paced playhead). */
  status: ReactNode;
  /** A one-sentence summary for screen readers, updated when counts change. */
  summary: ReactNode;
  /** The engine's reason when this lane cannot run the settings. */
  error?: string | undefined;
  footer?: ReactNode;
  /** A control in the header, beside the enlarge button (the stream's late side output). */
  action?: ReactNode;
  /** The canvas and the semantic marks, given the lane's geometry; text over the plot if any. */
  children: (geo: LaneGeometry) => { canvas: ReactNode; marks: ReactNode; overlay?: ReactNode };
}

export function LaneShell(props: LaneShellProps) {
  const { id, name, tool, testId, shared, palette, status, summary, error, footer, action } = props;
  // The geometry reads only the orders: a settings change that keeps them keeps this lane's
  // geometry, and so its canvas, as they were.
  const { run, warp } = useLaneRun();
  const events = run.events;
  const plotRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(plotRef);
  // The plot zooms out in a few steps as the playhead moves on (a primitive that changes a
  // handful of times per run, so this re-renders then, never per frame). In the frame where the
  // lanes still show the previous run (they follow a new one a frame later), the plot keeps the
  // zoom it had: zooming the old run to the new run's playhead redrew four canvases about to go.
  const live = useLab(selectLaneZoom(warp));
  const api = useLabApi();
  const [kept, setKept] = useState(() => live ?? zoomSpan(warp, api.getState().playhead));
  if (live !== null && live !== kept) setKept(live);
  const span = live ?? kept;
  const stage = useLaneStage();
  const font = stage.font;
  const geo = useMemo(
    () =>
      width > 0 && height > 0
        ? laneGeometry({ events }, warp, shared, width, height, span, font)
        : null,
    [events, warp, shared, width, height, span, font],
  );
  const layers = geo && !error ? props.children(geo) : null;
  const focused = stage.focus === id;
  const size = stage.focus ? (focused ? 'large' : 'small') : undefined;
  const setFocus = stage.setFocus;

  return (
    <section
      className="lane-panel"
      data-lane={id}
      data-size={size}
      data-spotlit={stage.spotlit.includes(id) ? '' : undefined}
      data-testid={testId}
      aria-label={`${name} lane`}
    >
      <header className="lane-head" style={{ borderTopColor: palette.lane[id] }}>
        <h3 className="lane-name">
          {name} <span className="lane-tool">{tool}</span>
        </h3>
        <div className="lane-actions">
          {error ? null : action}
          {setFocus && (
            <button
              type="button"
              className="lane-focus"
              aria-pressed={focused}
              aria-label={
                focused ? 'Show all four lanes' : `Enlarge the ${name.toLowerCase()} lane`
              }
              title={focused ? 'Show all four lanes' : `Enlarge the ${name.toLowerCase()} lane`}
              data-testid={`focus-${id}`}
              onClick={() => setFocus(focused ? null : id)}
            >
              <span aria-hidden="true">{focused ? '⤡' : '⤢'}</span>
            </button>
          )}
        </div>
        <p className="lane-status">{error ? 'cannot run these settings' : status}</p>
      </header>
      <div className="lane-plot" ref={plotRef}>
        {error ? (
          <p className="lane-error" role="note">
            <strong>{name} cannot run these settings.</strong> {error}
          </p>
        ) : geo && layers ? (
          <>
            <LaneAxes geo={geo} shared={shared} palette={palette} />
            {layers.canvas}
            <svg className="lane-svg" width={geo.width} height={geo.height} aria-hidden="true">
              <LaneBreaks geo={geo} palette={palette} />
              {layers.marks}
            </svg>
            {layers.overlay}
          </>
        ) : null}
      </div>
      <div className="lane-foot">{error ? null : footer}</div>
      {/* Not live: the narrator (views/narration) speaks for all lanes, a few seconds apart. */}
      <p className="visually-hidden">
        {error ? `${name} lane: cannot run these settings. ${error}` : summary}
      </p>
    </section>
  );
}
