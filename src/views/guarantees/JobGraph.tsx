// The Flink job as an operator graph (source -> keyBy -> window -> sink) at the playhead, with the
// watermark and any checkpoint barrier travelling its edges, the crash and the recovery's phase,
// the state each key holds, and a processing-time strip of barriers, the crash and the replayed
// interval. SVG: a few dozen marks, placed from the playhead (flow.ts), never from a timer.
import { STATE_HEIGHT, stripX } from '../../geometry/checkpointStrip';
import type { GraphModel } from './graphModel';
import type { StripModel } from './stripModel';

const STRIP_H = 54 + STATE_HEIGHT + 8;

export function JobGraph({
  graph,
  strip,
  at,
}: {
  graph: GraphModel;
  strip: StripModel;
  at: number;
}) {
  const px = stripX(strip, at);
  const keysTop = graph.height + 24;
  const keysH = Math.max(1, graph.keys.length) * 22 + 8;
  const stripTop = keysTop + keysH + 16;
  const height = stripTop + STRIP_H;
  const keyNode = graph.nodes[1]!;
  const { watermark, barrier, recovery } = graph.marks;
  return (
    <figure className="guarantees__graph" data-status={graph.status}>
      <p className="guarantees__phase" data-testid="job-phase" data-phase={recovery.phase}>
        {recovery.text || 'Running.'}
      </p>
      <svg
        viewBox={`0 0 ${graph.width} ${height}`}
        width={graph.width}
        height={height}
        role="img"
        aria-label={`Operator graph: ${graph.summary}`}
      >
        <defs>
          <marker
            id="g-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="guarantees__arrowhead" />
          </marker>
        </defs>
        {graph.edges.map((e, i) => (
          <line
            key={i}
            x1={e.x1}
            x2={e.x2 - 2}
            y1={e.y}
            y2={e.y}
            className="guarantees__edge"
            markerEnd="url(#g-arrow)"
          />
        ))}
        {graph.nodes.map((n) => (
          <g key={n.id} transform={`translate(${n.x},${n.y})`} data-node={n.id}>
            <rect width={n.width} height={n.height} rx={6} className="guarantees__node" />
            <text x={8} y={20} className="guarantees__node-title">
              {n.title}
            </text>
            {n.lines.map((line, i) => (
              <text key={i} x={8} y={42 + i * 18} className="guarantees__node-line">
                {line}
              </text>
            ))}
            {graph.status === 'failed' && (
              // Every operator is down at the crash instant: a cross as well as the red outline.
              <path d={`M${n.width - 18},6 l12,12 m0,-12 l-12,12`} className="guarantees__crash" />
            )}
          </g>
        ))}
        {/* What travels the edges at the playhead: a checkpoint barrier (a bar, above the line)
            and the watermark (a diamond, below it). Their places come from the playhead alone. */}
        {barrier && (
          <g
            className="guarantees__mark"
            data-testid="barrier-mark"
            data-id={barrier.id}
            data-x={barrier.x.toFixed(1)}
            style={{ transform: `translate(${barrier.x - 2}px, ${graph.flowY - 15}px)` }}
          >
            <rect width={4} height={13} className="guarantees__barrier" />
            <text x={7} y={11} className="guarantees__mark-label">
              {barrier.id}
            </text>
          </g>
        )}
        <g
          className="guarantees__mark"
          data-testid="watermark-mark"
          data-x={watermark.x.toFixed(1)}
          style={{ transform: `translate(${watermark.x - 6}px, ${graph.flowY + 2}px)` }}
        >
          <path d="M6,0 L12,7 L6,14 L0,7 z" className="guarantees__watermark" />
        </g>
        {/* The last barrier (a bar) under source -> keyBy; the watermark (a diamond) under keyBy -> window. */}
        <g transform={`translate(${graph.edges[0]!.x1 + 4},${graph.height + 4})`}>
          <rect width={4} height={14} className="guarantees__barrier" />
          <text x={8} y={12} className="guarantees__label">
            {graph.barrierLabel}
          </text>
        </g>
        <g transform={`translate(${graph.edges[1]!.x1 + 4},${graph.height + 4})`}>
          <path d="M5,0 L10,7 L5,14 L0,7 z" className="guarantees__watermark" />
          <text x={14} y={12} className="guarantees__label">
            {graph.watermarkLabel}
          </text>
        </g>
        <g transform={`translate(${keyNode.x},${keysTop})`}>
          {graph.keys.map((k, i) => (
            <g key={k.key} transform={`translate(0,${i * 22})`}>
              <rect
                width={Math.max(1, k.length)}
                height={14}
                y={2}
                className="guarantees__state-bar"
              />
              <text x={Math.max(1, k.length) + 6} y={14} className="guarantees__label">
                {k.label}
              </text>
            </g>
          ))}
          {graph.keys.length === 0 && (
            <text y={14} className="guarantees__label">
              no keyed state at this moment
            </text>
          )}
        </g>
        <g transform={`translate(0,${stripTop + STATE_HEIGHT + 8})`} className="guarantees__strip">
          <path d={strip.statePath} className="guarantees__state-line" />
          <text x={4} y={-STATE_HEIGHT - 2} className="guarantees__tick">
            live windows (up to {strip.stateMax})
          </text>
          <line x1={0} x2={strip.width} y1={20} y2={20} className="guarantees__axis" />
          {strip.replay && (
            <rect
              x={strip.replay.x0}
              width={Math.max(2, strip.replay.x1 - strip.replay.x0)}
              y={8}
              height={24}
              className="guarantees__replay"
            />
          )}
          {strip.barriers.map((b) => (
            <line
              key={b.id}
              x1={b.x}
              x2={b.x}
              y1={12}
              y2={28}
              className="guarantees__barrier-tick"
            />
          ))}
          {strip.crash && (
            <g transform={`translate(${strip.crash.x},20)`}>
              <path d="M-6,-6 L6,6 M-6,6 L6,-6" className="guarantees__crash" />
            </g>
          )}
          <line x1={px} x2={px} y1={4} y2={36} className="guarantees__playhead" />
          {strip.ticks.map((t) => (
            <text key={t.x} x={t.x} y={50} className="guarantees__tick" textAnchor="middle">
              {t.label}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        {graph.summary} On the graph, ◆ is the watermark: it moves along the edges as it advances
        through the current window and reaches the sink as that window fires; a bar ▮ is a
        checkpoint’s barrier, which completes the checkpoint when it reaches the sink. Strip: the
        step line counts live windows (keyed state); each thin bar is a checkpoint barrier
        {strip.thinned ? ' (some left out where they would touch)' : ''}; ✕ is the crash, the shaded
        band the interval replayed after it; the vertical line is the playhead.
      </figcaption>
    </figure>
  );
}
