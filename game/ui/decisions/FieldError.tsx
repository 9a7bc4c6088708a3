// A control's errors, in the player's language, linked by id from the control.

import type { DecisionError } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { errorText } from '../error-text.ts';
import { fieldId } from './model.ts';

export function FieldError(props: { errs: DecisionError[]; field: string; loc: Locale }) {
  if (props.errs.length === 0) return null;
  return (
    <p class="field-error" id={`err-${fieldId(props.field)}`}>
      {props.errs.map((e) => errorText(e, props.loc)).join(' ')}
    </p>
  );
}
