// The formatting of objective values that the side panel's checklist, the briefing and the
// debrief share: money in CNY B, shares and margins in percent.

import { MONEY_METRICS } from '../engine/index.ts';
import type { ObjectiveSpec } from '../engine/index.ts';
import { formatMoney, formatPercent } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

export function formatObjective(spec: ObjectiveSpec, value: number, loc: Locale): string {
  return MONEY_METRICS.includes(spec.metric) ? formatMoney(value, loc) : formatPercent(value, loc);
}
