// The presets menu: a disclosure listing each classroom preset with its key (1-9), and the
// planned ones greyed out. Picking one loads it and closes the list.
import { useRef } from 'react';
import { useLabApi } from '../../store/context';
import { PLANNED_PRESETS, PRESETS } from '../presets';
import { useView, useViewApi } from '../view/context';
import { startPreset } from './player';

export function PresetMenu() {
  const lab = useLabApi();
  const view = useViewApi();
  const active = useView((s) => s.preset);
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details className="cls-menu" ref={details} data-testid="preset-menu">
      <summary>Classroom presets</summary>
      <ul className="cls-menu-list">
        {PRESETS.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              aria-current={active === p.id ? 'true' : undefined}
              aria-keyshortcuts={String(i + 1)}
              data-testid={`preset-${p.id}`}
              onClick={() => {
                startPreset(lab, view, i);
                if (details.current) details.current.open = false;
              }}
            >
              <kbd aria-hidden="true">{i + 1}</kbd> {p.title}
            </button>
          </li>
        ))}
        {PLANNED_PRESETS.map((title) => (
          <li key={title}>
            <button type="button" disabled>
              {title} <span className="cls-soon">(coming with the guarantees lab)</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
