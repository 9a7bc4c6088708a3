// Theory benchmarks: in each market the team sells in, the static Bertrand-logit equilibrium
// price and Lerner index beside the team's own (engine/benchmarks.ts solves them once per
// final state).

import { useMemo } from 'preact/hooks';
import { benchmarks } from '../../engine/index.ts';
import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { segmentName } from '../game-view.ts';
import { Term } from '../view/Term.tsx';
import { useGame } from '../view/use-store.ts';

export function BenchmarksSection(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { team, loc } = props;
  const g = useGame(props.ctx, (s) => s && { scenario: s.scenario, game: s.game });
  const scenario = g?.scenario;
  const game = g?.game;
  const markets = useMemo(
    () => (scenario && game ? benchmarks(scenario, game) : []),
    [scenario, game],
  );
  if (!g) return null;
  // Compute and storage prices are an index of the origin list price; tokens are CNY per M tokens.
  const priceText = (value: number, line: string): string =>
    t(line === 'T' ? 'debrief.priceToken' : 'debrief.priceIndex', loc, {
      value: formatNumber(value, loc, 2),
    });
  return (
    <section aria-labelledby="db-bench">
      <h3 id="db-bench">{t('debrief.benchmarks', loc)}</h3>
      <p class="hint">{t('debrief.benchNote', loc, { origin: g.scenario.origin })}</p>
      <p class="hint">{t('debrief.lernerNote', loc)}</p>
      <table class="bench">
        <thead>
          <tr>
            <th scope="col">{t('debrief.market', loc)}</th>
            <th scope="col">
              <Term name="equilibrium" loc={loc} text={t('debrief.eqPrice', loc)} />
            </th>
            <th scope="col">{t('debrief.curPrice', loc)}</th>
            <th scope="col">
              <Term name="lerner" loc={loc} text={t('debrief.eqLerner', loc)} />
            </th>
            <th scope="col">{t('debrief.curLerner', loc)}</th>
          </tr>
        </thead>
        <tbody>
          {markets.map((m) => {
            const s = m.sellers.find((x) => x.id === team);
            if (!s) return null;
            return (
              <tr key={`${m.segment}|${m.line}`}>
                <th scope="row">
                  {`${segmentName(g.scenario, m.segment, loc)} · ${t(`line.${m.line}`, loc)}`}
                </th>
                <td class="num">
                  {priceText(s.price, m.line)}
                  {m.capped
                    ? t('punct.aside', loc, { text: '', note: t('debrief.capped', loc) })
                    : ''}
                </td>
                <td class="num">{priceText(s.currentPrice, m.line)}</td>
                <td class="num">{formatPercent(s.lerner, loc, 0)}</td>
                <td class="num">{formatPercent(s.currentLerner, loc, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
