// The operator graph as text: per-key state at the playhead and the checkpoints around the crash.
import type { GraphModel } from './model';

export function StateTable({ graph }: { graph: GraphModel }) {
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
