// The objectives as a live checklist (side panel, from the first quarter) and the formatting
// of objective values that the checklist, the briefing and the debrief share: money in CNY B,
// shares and margins in percent.

import { MONEY_METRICS, score } from '../engine/index.ts';
import type { ObjectiveSpec, Scenario } from '../engine/index.ts';
import { formatMoney, formatPercent, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { GameStoreState } from '../store/index.ts';
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

/** The live checklist: each objective with its current value, target, baseline and progress. */
export function objectiveChecklist(g: GameStoreState, me: string, loc: Locale): HTMLElement {
  const result = score(g.scenario, g.game, me);
  return h(
    'section',
    { class: 'checklist', id: 'objectives', 'aria-labelledby': 'obj-title' },
    h('h3', { id: 'obj-title' }, t('objectives.heading', loc)),
    h(
      'ul',
      {},
      result.objectives.map((o, i) => {
        const spec = g.scenario.objectives[i]!;
        const id = `obj-${spec.id}`;
        return h(
          'li',
          { class: o.met ? 'met' : o.progress < 0 ? 'behind' : '', id },
          h(
            'span',
            { class: 'tick', 'aria-hidden': 'true' },
            o.met ? '✓' : o.progress < 0 ? '✗' : '○',
          ),
          h('span', { class: 'obj-title' }, tx(spec.title, loc)),
          h(
            'span',
            { class: 'obj-row' },
            t('objectives.row', loc, {
              value: formatObjective(spec, o.value, loc),
              target: formatObjective(spec, spec.target, loc),
            }),
            spec.baseline !== undefined
              ? ` · ${t('objectives.baseline', loc, { value: formatObjective(spec, spec.baseline, loc) })}`
              : '',
            ` · ${o.met ? t('objectives.met', loc) : t('objectives.notMet', loc)}`,
          ),
          h('progress', {
            max: 1,
            value: Math.max(0, o.progress),
            'aria-label': tx(spec.title, loc),
          }),
        );
      }),
    ),
    h('p', { class: 'obj-score' }, t('objectives.score', loc, { value: Math.round(result.score) })),
    h('p', { class: 'hint' }, t('objectives.note', loc)),
  );
}
