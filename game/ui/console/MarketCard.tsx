// One market on the console: its phase, quarter and clock, its seats, its own commands and its
// live dashboard. In projector mode the commands step aside and the type grows.

import type { Scenario } from '../../engine/index.ts';
import { labelOf, quarterIndex } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { MarketAnalysis } from './analysis.ts';
import { CommandBar } from './CommandBar.tsx';
import type { ConsoleContext } from './context.ts';
import { Countdown } from './Countdown.tsx';
import { DashboardView } from './DashboardView.tsx';
import type { MarketView } from './model.ts';
import { PendingShocks } from './PendingShocks.tsx';
import { SeatTable } from './SeatTable.tsx';
import { connectionText } from './server-text.ts';

/** Chart text in projector mode: about 1.8 times the screen's, as the page's own type. */
const PROJECTOR_CHART_SCALE = 1.8;

export function MarketCard(props: {
  ctx: ConsoleContext;
  view: MarketView;
  analysis: MarketAnalysis | null;
  scenario: Scenario | undefined;
}) {
  const { ctx, view, analysis, scenario } = props;
  const loc = ctx.locale.value;
  const status = view.status;
  const heading = t('console.market', loc, { n: view.market });
  const quarter =
    status && scenario
      ? t('console.quarter', loc, {
          n: Math.min(status.played + 1, scenario.quarters),
          total: scenario.quarters,
          label: labelOf(
            quarterIndex(scenario.start) + Math.min(status.played, scenario.quarters - 1),
          ),
        })
      : '';
  return (
    <article
      class={`console-market${view.reconnecting ? ' reconnecting' : ''}`}
      id={`market-${view.market}`}
      aria-labelledby={`market-${view.market}-title`}
    >
      <header class="console-market-head">
        <h3 id={`market-${view.market}-title`}>{heading}</h3>
        {status ? (
          <>
            <span class={`console-phase phase-${status.phase}`} id={`phase-${view.market}`}>
              {t(`console.phase.${status.phase}`, loc)}
              {status.practice === 'playing' ? ` · ${t('console.practice', loc)}` : ''}
              {status.practice === 'played' ? ` · ${t('console.practicePlayed', loc)}` : ''}
            </span>
            <span class="console-quarter">{quarter}</span>
            <Countdown status={status} statusAt={view.statusAt} loc={loc} />
          </>
        ) : (
          <span class="muted">
            {view.lost
              ? t('console.lost', loc, { why: connectionText(view.lost, loc) })
              : t('console.connecting', loc)}
          </span>
        )}
      </header>
      {view.reconnecting ? (
        <p class="console-reconnecting" id={`reconnecting-${view.market}`} role="status">
          {t('console.reconnecting', loc)}
        </p>
      ) : null}
      {view.lost && status ? (
        <p class="error" role="alert">
          {t('console.lost', loc, { why: connectionText(view.lost, loc) })}
        </p>
      ) : null}
      {view.stale ? <p class="error">{t('console.stale', loc)}</p> : null}
      {status?.notice ? (
        <p class="console-notice-shown">{t('console.notice', loc, { text: status.notice })}</p>
      ) : null}
      {status ? (
        <SeatTable market={view.market} status={status} scenario={scenario} loc={loc} />
      ) : null}
      {ctx.projector.value ? null : (
        <>
          <PendingShocks ctx={ctx} view={view} scenario={scenario} />
          <CommandBar
            ctx={ctx}
            target={view.market}
            seats={Object.keys(status?.seats ?? {})}
            offline={view.reconnecting}
          />
        </>
      )}
      {analysis === null || !scenario ? null : analysis.ok ? (
        <DashboardView
          market={view.market}
          dashboard={analysis.dashboard}
          scenario={scenario}
          loc={loc}
          fontScale={ctx.projector.value ? PROJECTOR_CHART_SCALE : 1}
        />
      ) : (
        <p class="error" role="alert">
          {t('console.cannotDraw', loc, { n: view.market, error: analysis.error })}
        </p>
      )}
    </article>
  );
}
