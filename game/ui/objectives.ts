// The formatting of objective values that the side panel's checklist, the briefing and the
// debrief share (money in CNY B, shares and margins in percent), and the briefing's targets.

import { MONEY_METRICS } from '../engine/index.ts';
import type { ObjectiveSpec, Scenario } from '../engine/index.ts';
import { formatMoney, formatPercent, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';

export function formatObjective(spec: ObjectiveSpec, value: number, loc: Locale): string {
  return MONEY_METRICS.includes(spec.metric) ? formatMoney(value, loc) : formatPercent(value, loc);
}

/** One line per objective: title, target, weight. For the briefing (nothing played yet). */
export function objectiveTargets(scenario: Scenario, loc: Locale): HTMLElement {
  return h(
    'ul',
    { class: 'objective-targets' },
    scenario.objectives.map((o) =>
      h(
        'li',
        {},
        h('span', { class: 'obj-title' }, tx(o.title, loc)),
        ' ',
        h(
          'span',
          { class: 'hint' },
          t('briefing.target', loc, { value: formatObjective(o, o.target, loc) }),
        ),
      ),
    ),
  );
}
