// The debrief's score: the team's score out of 100 and each objective's result, target and
// progress.

import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName } from '../game-view.ts';
import { formatObjective } from '../objectives.ts';
import { useScore } from './use-score.ts';

export function ScoreSection(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { team, loc } = props;
  const scored = useScore(props.ctx, team);
  if (!scored) return null;
  const { scenario, result } = scored;
  return (
    <section aria-labelledby="db-score">
      <h3 id="db-score">
        {t('debrief.score', loc, {
          name: providerName(scenario, team, loc),
          value: Math.round(result.score),
        })}
      </h3>
      <table class="objectives">
        <thead>
          <tr>
            <th scope="col">{t('debrief.objective', loc)}</th>
            <th scope="col">{t('debrief.value', loc)}</th>
            <th scope="col">{t('debrief.target', loc)}</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>
          {result.objectives.map((o, i) => {
            const spec = scenario.objectives[i]!;
            const title = tx(spec.title, loc);
            return (
              <tr key={i}>
                <th scope="row">{title}</th>
                <td class="num">{formatObjective(spec, o.value, loc)}</td>
                <td class="num">{formatObjective(spec, o.target, loc)}</td>
                <td>
                  <progress max={1} value={Math.max(0, o.progress)} aria-label={title} />{' '}
                  {o.met ? t('debrief.met', loc) : t('debrief.notMet', loc)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
