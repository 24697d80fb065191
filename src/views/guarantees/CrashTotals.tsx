// Totals before and after the crash in each guarantee, beside the run without a crash and the
// truth, with the difference told in orders: which were lost, and which were counted twice.
import type { Guarantee } from '../../engine';
import { formatMoney, formatMoneyDiff } from '../../format/money';
import type { CrashModel } from './crashModel';

export function CrashTotals({ model, selected }: { model: CrashModel; selected: Guarantee }) {
  return (
    <div className="guarantees__totals" data-spotlight="crash-totals">
      <p data-testid="crash-story">{model.story}</p>
      <table data-testid="crash-totals">
        <caption>Revenue in the sink, all products and windows</caption>
        <thead>
          <tr>
            <th scope="col">Guarantee</th>
            <th scope="col">Just before the crash</th>
            <th scope="col">At the end</th>
            <th scope="col">Versus no crash</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          <tr data-row="truth">
            <th scope="row">Truth (every order once)</th>
            <td>–</td>
            <td>{formatMoney(model.truth)}</td>
            <td>–</td>
            <td>{model.truthNote}</td>
          </tr>
          <tr data-row="no-crash">
            <th scope="row">Without a crash</th>
            <td>–</td>
            <td>{formatMoney(model.noCrash)}</td>
            <td>same</td>
            <td>The reference each guarantee is held to.</td>
          </tr>
          {model.rows.map((r) => (
            <tr
              key={r.guarantee}
              data-row={r.guarantee}
              data-selected={r.guarantee === selected || undefined}
              className={r.guarantee === selected ? 'is-selected' : undefined}
            >
              <th scope="row">
                <span aria-hidden="true">{r.shape} </span>
                {r.label}
                {r.guarantee === selected && <span className="guarantees__chosen"> (chosen)</span>}
              </th>
              <td>{formatMoney(r.beforeCrash)}</td>
              <td data-testid={`final-${r.guarantee}`}>{formatMoney(r.final)}</td>
              <td data-testid={`diff-${r.guarantee}`}>{formatMoneyDiff(r.diff, 'same')}</td>
              <td>
                {r.explanation} <span className="guarantees__muted">{r.rule}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
