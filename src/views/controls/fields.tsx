// The form primitives every control group uses: a labelled slider with a visible value, a
// labelled select, an integer box that tolerates half-typed input, and a collapsible group.
// All are controlled by store values, so a change the engine refuses snaps back on its own.
import { lab } from '../../engine';
import { useId, useState, type ReactNode } from 'react';
import type { Spelled } from './format';
import { fromSlider, parseInteger, toSlider } from './model';

interface SliderProps {
  label: string;
  /** The setting's value in its own units (ms, a share, a count). */
  value: number;
  range: lab.Range;
  spell: (value: number) => Spelled;
  onValue: (value: number) => void;
  /** Round the setting to an integer (ms and counts); false for shares and exponents. */
  integer?: boolean;
  hint?: string;
  testId?: string;
}

/** A native range input with a <label>, an <output> and aria-valuetext in words. */
export function Slider({
  label,
  value,
  range,
  spell,
  onValue,
  integer = true,
  hint,
  testId,
}: SliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const spelled = spell(value);
  return (
    <div className="ctl-field">
      <div className="ctl-field-head">
        <label htmlFor={id}>{label}</label>
        {/* aria-live off: the slider already announces its valuetext; no double speech. */}
        <output htmlFor={id} aria-live="off" className="ctl-value">
          {spelled.short}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={toSlider(value, range)}
        aria-valuetext={spelled.long}
        aria-describedby={hint ? hintId : undefined}
        data-testid={testId}
        onChange={(e) => onValue(fromSlider(Number(e.currentTarget.value), range, integer))}
      />
      {hint && (
        <p id={hintId} className="ctl-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
  /** A line under the select, e.g. what the chosen option does. */
  hint?: string;
  testId?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onValue,
  hint,
  testId,
}: SelectProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="ctl-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        data-testid={testId}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.currentTarget.value);
          if (next) onValue(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="ctl-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface IntegerProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onValue: (value: number) => void;
  children?: ReactNode;
  testId?: string;
}

/**
 * A number box that applies each complete integer as it is typed and keeps half-typed text
 * ("", "-") on screen without applying it; when the store's value changes from elsewhere (New
 * seed, a preset), the box follows.
 */
export function IntegerField({ label, value, min, max, onValue, children, testId }: IntegerProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Adjusting state during render (React's documented pattern) rather than in an effect.
  if (shown !== value) {
    setShown(value);
    if (parseInteger(draft, min, max) !== value) setDraft(String(value));
  }
  const invalid = parseInteger(draft, min, max) === null;
  return (
    <div className="ctl-field">
      <label htmlFor={id}>{label}</label>
      <div className="ctl-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-invalid={invalid || undefined}
          data-testid={testId}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            const n = parseInteger(text, min, max);
            if (n !== null && n !== value) onValue(n);
          }}
          onBlur={() => setDraft(String(value))}
        />
        {children}
      </div>
    </div>
  );
}

/** A collapsible group: <details> for space, a fieldset + legend for assistive technology. */
export function Group({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details open className="ctl-group" data-testid={testId}>
      <summary>{title}</summary>
      <fieldset>
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}
