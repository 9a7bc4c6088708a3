// A slider with its live value, its bounds and its errors. The value shown follows the thumb
// while it moves; the draft changes once, when the thumb is let go.

import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Decision } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import { FieldError } from './FieldError.tsx';
import { described, errorsFor, fieldId } from './model.ts';
import type { DraftModel } from './model.ts';

export interface SliderProps {
  model: DraftModel;
  field: string;
  label: string;
  tip?: ComponentChildren;
  min: number;
  max: number;
  value: number;
  disabled?: boolean;
  format(v: number): string;
  /** Replaces the bounds hint (e.g. "Not sold this quarter"). */
  hint?: string;
  apply(d: Decision, v: number): void;
}

export function SliderField(p: SliderProps) {
  const { model } = p;
  const id = fieldId(p.field);
  const hintId = `${id}-bounds`;
  const errs = errorsFor(model.errors, p.field);
  const [live, setLive] = useState(p.value);
  useEffect(() => setLive(p.value), [p.value]);
  return (
    <div class="field slider">
      <label for={id}>{p.label}</label>
      {p.tip}
      <div class="slider-row">
        <input
          id={id}
          type="range"
          min={p.min}
          max={p.max}
          step={0.01}
          value={live}
          disabled={model.sealed || p.disabled === true}
          aria-valuetext={p.format(live)}
          {...described(p.field, hintId, errs)}
          onInput={(e) => setLive(Number(e.currentTarget.value))}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            model.edit((d) => p.apply(d, v));
          }}
        />
        <output for={id} class="value">
          {p.format(live)}
        </output>
      </div>
      <p class="hint" id={hintId}>
        {p.hint ?? t('decision.bounds', model.loc, { min: p.format(p.min), max: p.format(p.max) })}
      </p>
      <FieldError errs={errs} field={p.field} loc={model.loc} />
    </div>
  );
}
