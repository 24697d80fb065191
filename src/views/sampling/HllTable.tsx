// The HyperLogLog section as tables: the estimate against the exact count at ten moments, and
// how many registers hold each rank (the canvas's content, as text).
import type { HllView } from './summariesModel';
import { formatCount } from '../../format/count';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function HllTable({ view }: { view: HllView }) {
  const ranks = new Map<number, number>();
  for (const r of view.registers) ranks.set(r, (ranks.get(r) ?? 0) + 1);
  const rows = [...ranks].sort((a, b) => a[0] - b[0]);
  const n = view.exactSeries.length;
  const every = Math.max(1, Math.ceil(n / 10));
  const samples: number[] = [];
  for (let i = every - 1; i < n; i += every) samples.push(i);
  if (n > 0 && samples[samples.length - 1] !== n - 1) samples.push(n - 1);
  return (
    <>
      <table>
        <caption>Estimate against the exact count as orders arrived</caption>
        <thead>
          <tr>
            <th scope="col">Orders arrived</th>
            <th scope="col">Exact</th>
            <th scope="col">Estimate</th>
            <th scope="col">Error</th>
            <th scope="col">±3σ band</th>
          </tr>
        </thead>
        <tbody>
          {samples.map((i) => {
            const exact = view.exactSeries[i]!;
            const est = view.estimateSeries[i]!;
            return (
              <tr key={i}>
                <th scope="row">{formatCount(i + 1)}</th>
                <td>{formatCount(exact)}</td>
                <td>{formatCount(Math.round(est))}</td>
                <td>{exact > 0 ? pct((est - exact) / exact) : '–'}</td>
                <td>
                  {formatCount(Math.round(exact * (1 - 3 * view.se)))}–
                  {formatCount(Math.round(exact * (1 + 3 * view.se)))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <caption>How many registers hold each rank</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Registers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([rank, c]) => (
            <tr key={rank}>
              <th scope="row">{rank}</th>
              <td>{formatCount(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
