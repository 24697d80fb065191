import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
import { codeTabs, nextTab, spanOf } from './model';

describe('code panel model', () => {
  it('codeTabs(run) gives Flink SQL, PySpark, Beam, Batch SQL, Flink DataStream and DuckDB SQL for the run settings', () => {
    const tabs = codeTabs(lab.runLab(lab.defaultLabSettings));
    expect(tabs.map((t) => t.label)).toEqual([
      'Flink SQL',
      'PySpark',
      'Beam',
      'Batch SQL',
      'Flink DataStream',
      'DuckDB SQL',
    ]);
    expect(tabs[5]!.code).toContain("read_csv('orders.csv'");
    expect(tabs[0]!.code).toContain("INTERVAL '5' MINUTE");
  });
  it('the batch job covers the days of imported orders, not the scenario day', () => {
    const orders = [
      { id: 0, key: 'a', amount: 1, eventTime: 3 * time.DAY + 5, arrivalTime: 3 * time.DAY + 9 },
      { id: 1, key: 'a', amount: 1, eventTime: 4 * time.DAY + 5, arrivalTime: 4 * time.DAY + 9 },
    ];
    const run = lab.runLab(lab.defaultLabSettings, undefined, orders);
    expect(spanOf(run)).toEqual({ from: 3 * time.DAY + 5, to: 4 * time.DAY + 6 });
    const batch = codeTabs(run)[3]!.code;
    expect(batch).toContain("event_time >= TIMESTAMP '1970-01-04 00:00:00'");
    expect(batch).toContain("event_time >= TIMESTAMP '1970-01-05 00:00:00'");
    expect(spanOf(lab.runLab(lab.defaultLabSettings))).toBeUndefined();
  });
  it('nextTab wraps with the arrows and jumps with Home and End', () => {
    expect(nextTab('ArrowRight', 3, 4)).toBe(0);
    expect(nextTab('ArrowLeft', 0, 4)).toBe(3);
    expect(nextTab('End', 1, 4)).toBe(3);
    expect(nextTab('a', 1, 4)).toBeNull();
  });
});
