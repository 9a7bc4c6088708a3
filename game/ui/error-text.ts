// A DecisionError in the player's language: known codes are translated with their limit and
// value formatted in the field's unit; anything else shows the engine's own message.

import type { DecisionError } from '../engine/index.ts';
import { formatChange, formatMoney, formatPercent, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

const MONEY = new Set([
  'gpuCapex',
  'dcCapex',
  'rnd',
  'ecosystem',
  'security',
  'creditDeal.amount',
  'budget',
]);

const KNOWN = new Set([
  'below_minimum',
  'above_maximum',
  'below_floor',
  'not_a_number',
  'line_not_sold',
  'integration_floor',
  'integration_ceiling',
  'open_source_cooldown',
  'unaffordable',
  'unknown_segment',
  'duplicate_segment',
  'committed',
  'nothing_to_undo',
  'game_over',
]);

export function formatLimit(field: string, value: number | undefined, loc: Locale): string {
  if (value === undefined) return '';
  if (MONEY.has(field)) return formatMoney(value, loc);
  if (field.startsWith('price.')) return formatChange(value, loc);
  return formatPercent(value, loc, 0);
}

export function errorText(error: DecisionError, loc: Locale): string {
  const code = error.code.split('/').pop() ?? '';
  if (!KNOWN.has(code)) return t('err.other', loc, { message: error.message });
  return t(`err.${code}`, loc, {
    limit: formatLimit(error.field, error.limit, loc),
    value: formatLimit(error.field, error.value, loc),
  });
}

/** The control a field's error belongs next to: "priority[2]" → "priority". */
export function fieldKey(field: string): string {
  return field.replace(/\[\d+\]$/, '');
}
