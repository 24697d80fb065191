// The operator graph as text: per-key state at the playhead and the checkpoints around the crash.
import type { GraphModel } from './graphModel';
import type { StripModel } from './stripModel';
import { formatClock } from '../../format/clock';
import { formatCount } from '../../format/count';

export function StateTable({ graph, strip }: { graph: GraphModel; strip: StripModel }) {
  const first = strip.barriers[0];
  const last = strip.barriers.at(-1);
  return (
    <details className="guarantees__details">
      <summary>Show the job as a table</summary>
      <table>
        <caption>{graph.summary}</caption>
        <thead>
          <tr>
            <th scope="col">Operator or key</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((n) => (
            <tr key={n.id}>
              <th scope="row">{n.title}</th>
              <td>{n.lines.join('; ')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Last checkpoint barrier</th>
            <td>{graph.barrierLabel}</td>
          </tr>
          <tr>
            <th scope="row">Watermark</th>
            <td>{graph.watermarkLabel}</td>
          </tr>
          <tr>
            <th scope="row">Checkpoint barriers (strip)</th>
            <td>
              {first && last
                ? `${formatCount(strip.barriers.length)}${strip.thinned ? ' drawn' : ''}, checkpoints ${first.id} (${formatClock(first.at, 'always')}) to ${last.id} (${formatClock(last.at, 'always')})`
                : 'none while orders arrive'}
            </td>
          </tr>
          <tr>
            <th scope="row">Crash (strip)</th>
            <td>{strip.crash ? strip.crash.label : 'none'}</td>
          </tr>
          <tr>
            <th scope="row">Live windows (strip)</th>
            <td>at most {formatCount(strip.stateMax)} at once</td>
          </tr>
          {graph.keys.map((k) => (
            <tr key={k.key}>
              <th scope="row">State of {k.key}</th>
              <td>{k.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
