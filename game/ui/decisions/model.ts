// What every part of the decision panel needs: the draft, its errors, whether it is sealed,
// the language and how to change the draft (one undo step per real change).

import type { Decision, DecisionError } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { fieldKey } from '../error-text.ts';

export interface DraftModel {
  draft: Decision;
  errors: DecisionError[];
  sealed: boolean;
  loc: Locale;
  edit(change: (d: Decision) => void): void;
}

export function fieldId(field: string): string {
  return `dec-${field.replace(/\./g, '-')}`;
}

export function errorsFor(errors: DecisionError[], key: string): DecisionError[] {
  return errors.filter((e) => fieldKey(e.field) === key);
}

/** aria-describedby/aria-invalid of a control: its hint, and its errors when it has any. */
export function described(key: string, hintId: string | null, errs: DecisionError[]) {
  const ids = [hintId, errs.length > 0 ? `err-${fieldId(key)}` : null].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': errs.length > 0 ? ('true' as const) : undefined,
  };
}
