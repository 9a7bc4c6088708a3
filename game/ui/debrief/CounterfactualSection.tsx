// "Hold prices from quarter X": the team's logged game replayed with its price changes held to
// the market's reference path from the chosen quarter on. The branch is a whole replay: it runs
// when the player asks, once per choice and game (the chosen quarter is component state; the
// parent keys this section on the game and team, so a run never shows for another one).

import { useMemo, useState } from 'preact/hooks';
import { formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { runCounterfactual } from '../../session/counterfactual.ts';
import type { Counterfactual } from '../../session/counterfactual.ts';
import { moneyTick } from '../charts.ts';
import type { LineSet } from '../charts.ts';
import type { UiContext } from '../context.ts';
import { ChartFigure } from '../report/ChartFigure.tsx';
import { useGame } from '../view/use-store.ts';
import { BRANCH_BLUE, teamColour } from './colours.ts';

export function CounterfactualSection(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { team, loc } = props;
  const g = useGame(
    props.ctx,
    (s) =>
      s && {
        scenario: s.scenario,
        seed: s.seed,
        humans: s.humans,
        log: s.log,
        history: s.history,
        reports: s.reports,
      },
  );
  const [chosen, choose] = useState(0);
  /** The quarter (log index) of the run on screen, or null before the first run. */
  const [ran, setRan] = useState<number | null>(null);
  const result = useMemo(
    () => (g && ran !== null ? runCounterfactual({ ...g, provider: team, from: ran }) : null),
    [ran, team, g?.scenario, g?.seed, g?.humans, g?.log, g?.history, g?.reports],
  );
  if (!g) return null;
  return (
    <section aria-labelledby="db-cf">
      <h3 id="db-cf">{t('debrief.counterfactual', loc)}</h3>
      <p class="hint">{t('debrief.cfNote', loc)}</p>
      <div class="field inline no-print">
        <label for="cf-from">{t('debrief.cfFrom', loc)}</label>
        <select
          id="cf-from"
          value={String(chosen)}
          onChange={(e) => choose(Number(e.currentTarget.value))}
        >
          {g.log.map((entry, i) => (
            <option key={entry.quarter} value={String(i)}>
              {entry.quarter}
            </option>
          ))}
        </select>
        <button id="btn-cf" type="button" onClick={() => setRan(chosen)}>
          {t('debrief.cfRun', loc)}
        </button>
      </div>
      {result && ran !== null ? (
        <BranchCharts
          result={result}
          colour={teamColour(g.scenario, team)}
          quarter={g.log[ran]?.quarter ?? ''}
          loc={loc}
        />
      ) : null}
    </section>
  );
}

function BranchCharts(props: {
  result: Counterfactual;
  colour: string;
  quarter: string;
  loc: Locale;
}) {
  const { result, colour, loc } = props;
  const labels = result.actual.map((p) => p.quarter);
  const branch = t('punct.aside', loc, { text: t('debrief.cfBranch', loc), note: props.quarter });
  const pair = (actual: number[], held: number[]): LineSet[] => [
    { label: t('debrief.yourRun', loc), colour, values: actual, bold: true },
    { label: branch, colour: BRANCH_BLUE, values: held, dashed: true },
  ];
  return (
    <div>
      {result.adjusted > 0 ? (
        <p class="hint">{t('debrief.cfAdjusted', loc, { count: result.adjusted })}</p>
      ) : null}
      <div class="chart-grid two">
        <ChartFigure
          title={t('debrief.cfShare', loc)}
          labels={labels}
          sets={pair(
            result.actual.map((p) => p.iaasShare * 100),
            result.branch.map((p) => p.iaasShare * 100),
          )}
          yTick={(v) => formatPercent(v / 100, loc, 1)}
        />
        <ChartFigure
          title={t('debrief.cfEbita', loc)}
          labels={labels}
          sets={pair(
            result.actual.map((p) => p.cumEbita),
            result.branch.map((p) => p.cumEbita),
          )}
          yTick={(v) => moneyTick(v, loc, 1)}
        />
      </div>
    </div>
  );
}
