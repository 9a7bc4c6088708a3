// The team's run against history: the same scenario and seed played in history mode (every
// provider following its scenario strategy), as volume share, revenue share and cumulative
// EBITA with debt. The history run is a whole game: it is played once per scenario and seed,
// not on every render.

import { useMemo } from 'preact/hooks';
import { formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { actualPath } from '../../session/counterfactual.ts';
import { historyRun } from '../../session/history-run.ts';
import { moneyTick } from '../charts.ts';
import type { LineSet } from '../charts.ts';
import type { UiContext } from '../context.ts';
import { debtSummary } from '../debt-summary.ts';
import { providerName } from '../game-view.ts';
import { ChartFigure } from '../report/ChartFigure.tsx';
import { useGame } from '../view/use-store.ts';
import { DebtParagraph } from './DebtParagraph.tsx';
import { HISTORY_GREY, teamColour } from './colours.ts';

/** Debt lines in the finance chart: salmon, a colour no shipped scenario gives a provider. */
const DEBT = '#FF8A7A';

export function HistorySection(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { team, loc } = props;
  const g = useGame(
    props.ctx,
    (s) => s && { scenario: s.scenario, seed: s.seed, reports: s.reports },
  );
  const scenario = g?.scenario;
  const seed = g?.seed;
  const history = useMemo(
    () => (scenario && seed !== undefined ? historyRun(scenario, seed) : []),
    [scenario, seed],
  );
  if (!g) return null;
  const mine = actualPath(g.reports, team);
  const hist = actualPath(history, team);
  const debt = debtSummary(g.reports, history, team);
  const labels = mine.map((p) => p.quarter);
  const name = providerName(g.scenario, team, loc);
  const colour = teamColour(g.scenario, team);
  const percent = (v: number): string => formatPercent(v / 100, loc, 1);
  const pair = (values: number[], historyValues: number[]): LineSet[] => [
    { label: t('debrief.yourRun', loc), colour, values, bold: true },
    {
      label: t('debrief.historyRun', loc),
      colour: HISTORY_GREY,
      values: historyValues,
      dashed: true,
    },
  ];
  const title = (value: string): string => t('punct.pair', loc, { label: name, value });
  return (
    <section aria-labelledby="db-hist">
      <h3 id="db-hist">{t('debrief.vsHistory', loc)}</h3>
      <p class="hint">{t('debrief.vsHistoryNote', loc)}</p>
      <DebtParagraph scenario={g.scenario} team={team} summary={debt} loc={loc} />
      <div class="chart-grid two">
        <ChartFigure
          title={title(t('debrief.cfVolumeShare', loc))}
          labels={labels}
          sets={pair(
            mine.map((p) => p.volumeShare * 100),
            hist.map((p) => p.volumeShare * 100),
          )}
          yTick={percent}
        />
        <ChartFigure
          title={title(t('debrief.cfShare', loc))}
          labels={labels}
          sets={pair(
            mine.map((p) => p.iaasShare * 100),
            hist.map((p) => p.iaasShare * 100),
          )}
          yTick={percent}
        />
        <ChartFigure
          title={title(t('finance.chartTitle', loc))}
          labels={labels}
          sets={[
            ...pair(
              mine.map((p) => p.cumEbita),
              hist.map((p) => p.cumEbita),
            ),
            { label: t('finance.yourDebt', loc), colour: DEBT, values: debt.path, bold: true },
            {
              label: t('finance.historyDebt', loc),
              colour: DEBT,
              values: debt.historyPath,
              dashed: true,
            },
          ]}
          yTick={(v) => moneyTick(v, loc, 1)}
        />
      </div>
    </section>
  );
}
