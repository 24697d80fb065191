// runLab on given orders (an imported file) instead of generated ones.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../core/time';
import { eventsToCsv } from '../io/serialize';
import { importEvents } from '../io/parse';
import { runLab } from './run';
import { defaultLabSettings } from './settings';

describe('runLab(settings, previous, orders)', () => {
  const generated = runLab(defaultLabSettings);
  const parsed = importEvents(eventsToCsv(generated.events));
  if (!parsed.ok) throw new Error('the export did not import');
  const imported = runLab(defaultLabSettings, undefined, parsed.events);

  it('runs every lane on the exported-then-imported orders with identical results', () => {
    expect(imported.imported).toBe(true);
    expect(imported.truth).toEqual(generated.truth);
    expect(imported.lanes).toEqual(generated.lanes);
    expect(imported.stream).toEqual(generated.stream);
    expect(imported.microBatch).toEqual(generated.microBatch);
    expect(imported.batch).toEqual(generated.batch);
    expect(imported.timeline).toEqual(generated.timeline);
    // The default half hour from 12:00, as the lanes' axis had it.
    expect(imported.eventSpan).toEqual({ from: 12 * HOUR, to: 12 * HOUR + 30 * MINUTE });
  });
  it('keeps the imported orders when only settings change, and never regenerates them', () => {
    const next = runLab(
      { ...defaultLabSettings, scenario: { ...defaultLabSettings.scenario, seed: 7 } },
      imported,
      parsed.events,
    );
    expect(next.events).toBe(parsed.events);
    expect(next.truth).toBe(imported.truth);
  });
  it('spans the timeline over orders outside the scenario hours', () => {
    const orders = [
      {
        id: 0,
        key: 'a',
        amount: 5,
        eventTime: 30 * HOUR + 20_000,
        arrivalTime: 30 * HOUR + 25_000,
      },
      {
        id: 1,
        key: 'a',
        amount: 7,
        eventTime: 30 * HOUR + 90_000,
        arrivalTime: 30 * HOUR + 95_000,
      },
    ];
    const run = runLab(defaultLabSettings, undefined, orders);
    expect(run.timeline.from).toBe(30 * HOUR);
    expect(run.timeline.to).toBeGreaterThanOrEqual(30 * HOUR + 95_000 + MINUTE);
    expect(run.truth.map((r) => r.value)).toEqual([12]);
    expect(run.eventSpan).toEqual({ from: 30 * HOUR, to: 30 * HOUR + 2 * MINUTE });
  });
  it('goes back to generated orders when none are given', () => {
    const back = runLab(defaultLabSettings, imported);
    expect(back.imported).toBeUndefined();
    expect(back.events).toEqual(generated.events);
  });
});
