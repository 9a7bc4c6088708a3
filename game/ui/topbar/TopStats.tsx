// The top bar's figures for the provider on screen: quarter, who plays, cash, debt and interest,
// revenue, margin, both IaaS shares (volume and revenue), the map's share and the score so far.

import { isFinished, nextQuarter, score, volumeShareOf } from '../../engine/index.ts';
import { formatMoney, formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName, viewedHuman } from '../game-view.ts';
import { useGame, useSession } from '../view/use-store.ts';
import { Term } from '../view/Term.tsx';
import { FinanceStats } from './FinanceStats.tsx';
import { MapShareSwitch } from './MapShareSwitch.tsx';
import { Stat } from './Stat.tsx';

export function TopStats(props: { ctx: UiContext; loc: Locale }) {
  const { ctx, loc } = props;
  const active = useSession(ctx, (s) => s.activeHuman);
  // Not the drafts: typing in the decision panel must not redraw the top bar.
  const g = useGame(
    ctx,
    (s) => s && { scenario: s.scenario, game: s.game, reports: s.reports, humans: s.humans },
  );
  if (!g) return null;
  const me = viewedHuman(active, g);
  const p = g.scenario.providers.findIndex((s) => s.id === me);
  const spec = g.scenario.providers[p]!;
  const ps = g.game.providers[p]!;
  const margin = ps.last.revenue > 0 ? ps.last.ebita / ps.last.revenue : 0;
  const result = Math.round(score(g.scenario, g.game, me).score);
  const quarter = isFinished(g.scenario, g.game)
    ? (g.reports.at(-1)?.quarter ?? '')
    : nextQuarter(g.scenario, g.game);
  return (
    <dl class="stats" aria-label={t('top.stats', loc)}>
      <Stat id="st-q" label={t('top.quarter', loc)} value={quarter} />
      <div class="stat stat-who">
        <dt class="sr-only">{t('report.provider', loc)}</dt>
        <dd>
          <span class="swatch" style={`background:${spec.colour}`} />
          {t('top.playing', loc, { name: providerName(g.scenario, me, loc) })}
        </dd>
      </div>
      <Stat id="st-cash" label={t('top.cash', loc)} value={formatMoney(ps.cash, loc)} />
      <FinanceStats scenario={g.scenario} game={g.game} provider={p} loc={loc} />
      <Stat id="st-rev" label={t('top.revenue', loc)} value={formatMoney(ps.last.revenue, loc)} />
      <Stat
        id="st-margin"
        label={<Term name="ebita" loc={loc} text={t('top.margin', loc)} />}
        value={formatPercent(margin, loc)}
      />
      <Stat
        id="st-vshare"
        label={<Term name="volumeShare" loc={loc} text={t('top.volumeShare', loc)} />}
        value={formatPercent(volumeShareOf(g.scenario, g.game, p), loc)}
      />
      <Stat
        id="st-share"
        label={<Term name="revenueShare" loc={loc} text={t('top.revenueShare', loc)} />}
        value={formatPercent(ps.last.iaasShare, loc)}
      />
      <MapShareSwitch ctx={ctx} loc={loc} />
      <div class="stat stat-score">
        <dt id="st-obj">{t('top.objectives', loc)}</dt>
        <dd>
          <progress max={100} value={result} aria-labelledby="st-obj" />{' '}
          {t('top.score', loc, { value: result })}
        </dd>
      </div>
    </dl>
  );
}
