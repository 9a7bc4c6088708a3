// What makes a printed debrief evidence, part 2: the decision log, every quarter and every
// human provider's decision in short, in seat order. The print stylesheet styles #decision-log
// (its own page, the column heads repeated on each page).

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { decisionSummary } from '../decision-summary.ts';
import { providerName } from '../game-view.ts';
import { useGame } from '../view/use-store.ts';

export function DecisionLog(props: { ctx: UiContext; loc: Locale }) {
  const { ctx, loc } = props;
  const g = useGame(ctx, (s) => s && { scenario: s.scenario, humans: s.humans, log: s.log });
  if (!g) return null;
  const seat = (id: string): number => g.humans.indexOf(id);
  const rows = g.log.flatMap((entry) =>
    Object.keys(entry.decisions)
      .sort((a, b) => seat(a) - seat(b))
      .map((id) => (
        <tr key={`${entry.quarter}|${id}`}>
          <th scope="row">{entry.quarter}</th>
          <td>{providerName(g.scenario, id, loc)}</td>
          <td>{decisionSummary(g.scenario, id, entry.decisions[id]!, loc)}</td>
        </tr>
      )),
  );
  return (
    <section id="decision-log" class="decision-log" aria-labelledby="db-log">
      <h3 id="db-log">{t('debrief.log', loc)}</h3>
      {rows.length === 0 ? (
        <p class="hint">{t('debrief.logNone', loc)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('debrief.logQuarter', loc)}</th>
              <th scope="col">{t('debrief.logProvider', loc)}</th>
              <th scope="col">{t('debrief.logDecision', loc)}</th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </section>
  );
}
