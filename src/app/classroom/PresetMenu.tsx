// The presets menu: a disclosure listing each classroom preset with its key (1-9), and the
// planned ones greyed out. Picking one loads it and closes the list; so do Esc and a click outside.
import { useEffect, useRef } from 'react';
import { useLabApi } from '../../store/context';
import { PLANNED_PRESETS, PRESETS } from '../presets';
import { useView, useViewApi } from '../view/context';
import { startPreset } from './player';

export function PresetMenu() {
  const lab = useLabApi();
  const view = useViewApi();
  const active = useView((s) => s.preset);
  const details = useRef<HTMLDetailsElement>(null);
  // Like any menu: a click elsewhere closes it.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const d = details.current;
      if (d?.open && e.target instanceof Node && !d.contains(e.target)) d.open = false;
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
  return (
    <details
      className="cls-menu"
      ref={details}
      data-testid="preset-menu"
      onKeyDown={(e) => {
        // Esc closes the open menu and puts focus back on its button.
        const d = details.current;
        if (e.key !== 'Escape' || !d?.open) return;
        e.preventDefault();
        d.open = false;
        d.querySelector('summary')?.focus();
      }}
    >
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
