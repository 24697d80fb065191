// Windows: the one window spec all lanes aggregate in. Only the sliders that matter for the kind
// are shown, and the slide slider ends at the window size so a slide that skips orders can't be set.
import { lab } from '../../engine';
import { useLab, useLabApi } from '../../store/context';
import {
  selectApplySettings,
  selectSessionGap,
  selectWindowKind,
  selectWindowSize,
  selectWindowSlide,
} from '../../store/selectors';
import { Group, SelectField, Slider } from './fields';
import { spellDuration } from './format';
import {
  WINDOW_KINDS,
  windowForKind,
  windowWithSize,
  windowWithSlide,
  type LabWindowKind,
} from './model';

const KIND_LABELS: Record<LabWindowKind, [string, string]> = {
  tumbling: ['Tumbling', 'Back-to-back windows of one size.'],
  sliding: ['Sliding', 'Overlapping windows; an order counts in several.'],
  session: ['Session', 'Per product, a window ends after a quiet gap.'],
};
const KIND_OPTIONS = WINDOW_KINDS.map((value) => ({ value, label: KIND_LABELS[value][0] }));

export function WindowGroup() {
  const api = useLabApi();
  const apply = useLab(selectApplySettings);
  const kind = useLab(selectWindowKind);
  const size = useLab(selectWindowSize);
  const slide = useLab(selectWindowSlide);
  const gap = useLab(selectSessionGap);
  const current = () => api.getState().settings.window;

  return (
    <Group title="Windows" testId="controls-windows">
      <SelectField
        label="Window kind"
        value={kind === 'global' ? 'tumbling' : kind}
        options={KIND_OPTIONS}
        hint={KIND_LABELS[kind === 'global' ? 'tumbling' : kind][1]}
        onValue={(k) => apply({ window: windowForKind(current(), k) })}
        testId="window-kind"
      />
      {(kind === 'tumbling' || kind === 'sliding') && (
        <Slider
          label="Window size"
          value={size}
          range={lab.RANGES.size}
          spell={spellDuration}
          onValue={(v) => apply({ window: windowWithSize(current(), v) })}
        />
      )}
      {kind === 'sliding' && (
        <Slider
          label="Slide (a new window starts every)"
          value={slide}
          range={lab.slideRange(size)}
          spell={spellDuration}
          onValue={(v) => apply({ window: windowWithSlide(current(), v) })}
          hint="At most the window size, so every order falls in some window."
        />
      )}
      {kind === 'session' && (
        <Slider
          label="Session gap"
          value={gap}
          range={lab.RANGES.gap}
          spell={spellDuration}
          onValue={(v) => apply({ window: { kind: 'session', gap: v } })}
          hint="A product's session ends after this long without an order."
        />
      )}
    </Group>
  );
}
