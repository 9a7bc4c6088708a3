// The objectives as a live checklist (side panel, from the first quarter): each objective with
// its current value, target, baseline and progress, then the score so far.

import { score } from '../../engine/index.ts';
import type { GameState, Scenario } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatObjective } from '../objectives.ts';

export function ObjectiveChecklist(props: {
  scenario: Scenario;
  game: GameState;
  me: string;
  loc: Locale;
}) {
  const { scenario, loc } = props;
  const result = score(scenario, props.game, props.me);
  return (
    <section class="checklist" id="objectives" aria-labelledby="obj-title">
      <h3 id="obj-title">{t('objectives.heading', loc)}</h3>
      <ul>
        {result.objectives.map((o, i) => {
          const spec = scenario.objectives[i]!;
          const value = (v: number): string => formatObjective(spec, v, loc);
          return (
            <li
              key={spec.id}
              class={o.met ? 'met' : o.progress < 0 ? 'behind' : ''}
              id={`obj-${spec.id}`}
            >
              <span class="tick" aria-hidden="true">
                {o.met ? '✓' : o.progress < 0 ? '✗' : '○'}
              </span>
              <span class="obj-title">{tx(spec.title, loc)}</span>
              <span class="obj-row">
                {t('objectives.row', loc, { value: value(o.value), target: value(spec.target) })}
                {spec.baseline !== undefined
                  ? ` · ${t('objectives.baseline', loc, { value: value(spec.baseline) })}`
                  : ''}
                {` · ${o.met ? t('objectives.met', loc) : t('objectives.notMet', loc)}`}
              </span>
              <progress max={1} value={Math.max(0, o.progress)} aria-label={tx(spec.title, loc)} />
            </li>
          );
        })}
      </ul>
      <p class="obj-score">{t('objectives.score', loc, { value: Math.round(result.score) })}</p>
      <p class="hint">{t('objectives.note', loc)}</p>
    </section>
  );
}
