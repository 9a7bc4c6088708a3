// A money input in the player's unit (CNY B in English, 亿元 in Chinese), with its own limit
// when it has one; the draft holds CNY B as typed, never clamped.

import type { ComponentChildren } from 'preact';
import type { Decision } from '../../engine/index.ts';
import { formatMoney, t } from '../../i18n/index.ts';
import { fromInputValue, inputScale, toInputValue } from '../view/money-input.ts';
import { FieldError } from './FieldError.tsx';
import { described, errorsFor, fieldId } from './model.ts';
import type { DraftModel } from './model.ts';

export interface MoneyProps {
  model: DraftModel;
  field: string;
  label: string;
  tip?: ComponentChildren;
  value: number;
  /** The field's own limit in CNY B; fields paid from the shared budget have none. */
  max: number | null;
  apply(d: Decision, billions: number): void;
}

export function MoneyField(p: MoneyProps) {
  const { model } = p;
  const loc = model.loc;
  const id = fieldId(p.field);
  const hintId = `${id}-max`;
  const errs = errorsFor(model.errors, p.field);
  const scale = inputScale(loc);
  return (
    <div class="field money">
      <label for={id}>
        {t('punct.aside', loc, { text: p.label, note: t('unit.moneyInput', loc) })}
      </label>
      {p.tip}
      <input
        id={id}
        type="number"
        min={0}
        // Rounded down, so the shown maximum is never above the one validation applies.
        max={p.max === null ? undefined : Math.floor(p.max * scale * 100) / 100}
        step={0.1 * scale}
        value={toInputValue(p.value, loc)}
        disabled={model.sealed}
        {...described(p.field, p.max === null ? 'dec-budget' : hintId, errs)}
        onChange={(e) => {
          const billions = fromInputValue(e.currentTarget.value, loc);
          model.edit((d) => p.apply(d, billions));
        }}
      />
      {p.max === null ? null : (
        <p class="hint" id={hintId}>
          {t('decision.max', loc, { value: formatMoney(p.max, loc) })}
        </p>
      )}
      <FieldError errs={errs} field={p.field} loc={loc} />
    </div>
  );
}
