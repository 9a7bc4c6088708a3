// A DecisionError in the player's language: every listed code is translated with its limit and
// value formatted in the field's unit (from the engine's DECISION_FIELDS); a code from
// elsewhere (an older save, a server) shows the message it came with.

import { codeName, isDecisionErrorCode, unitOfPath } from '../engine/index.ts';
import type { DecisionError } from '../engine/index.ts';
import { formatChange, formatMoney, formatPercent, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

export function formatLimit(field: string, value: number | undefined, loc: Locale): string {
  if (value === undefined) return '';
  const unit = unitOfPath(field);
  if (unit === 'cnyB') return formatMoney(value, loc);
  if (unit === 'change') return formatChange(value, loc);
  return formatPercent(value, loc, 0);
}

export function errorText(error: DecisionError, loc: Locale): string {
  const code: string = error.code;
  if (!isDecisionErrorCode(code)) return t('err.other', loc, { message: error.message });
  return t(`err.${codeName(code)}`, loc, {
    limit: formatLimit(error.field, error.limit, loc),
    value: formatLimit(error.field, error.value, loc),
    message: error.message,
  });
}

/** The control a field's error belongs next to: "priority[2]" → "priority". */
export function fieldKey(field: string): string {
  return field.replace(/\[\d+\]$/, '');
}
