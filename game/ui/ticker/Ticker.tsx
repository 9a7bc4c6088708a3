// The news ticker (#ticker): the latest report's news. The player's own credit-line news lead,
// then the quarter's events, then the rivals' draws, repayments and parent injections.

import type { FinanceNews, Scenario } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { financeNewsClass, financeNewsText } from '../finance-news.ts';
import { eventTitle } from '../event-title.ts';
import { viewedHuman } from '../game-view.ts';
import { useGame, useSession } from '../view/use-store.ts';

export function Ticker(props: { ctx: UiContext }) {
  const { ctx } = props;
  const s = useSession(ctx, (s) => ({
    loc: s.locale,
    active: s.activeHuman,
    start: s.screen === 'start',
  }));
  const g = useGame(
    ctx,
    (g) => g && { scenario: g.scenario, reports: g.reports, history: g.history, humans: g.humans },
  );
  const report = g ? (g.reports.at(-1) ?? g.history.at(-1)) : undefined;
  if (!g || !report || s.start) return null;
  const { loc } = s;
  const me = viewedHuman(s.active, g);
  // Every provider's dilemma answer is news in the report; the ticker keeps the humans'.
  const events = report.events.filter(
    (e) => e.option === undefined || g.humans.includes(e.provider ?? ''),
  );
  const news = (n: FinanceNews, i: number) => (
    <NewsItem key={`f${i}`} scenario={g.scenario} item={n} me={me} loc={loc} />
  );
  const items = [
    ...report.financeNews.filter((n) => n.provider === me).map(news),
    ...events.map((e, i) => (
      <li key={`e${i}`} title={tx(e.body, loc)} {...(e.injected ? { class: 'news-teacher' } : {})}>
        {eventTitle(e.title, e.injected, loc)}
      </li>
    )),
    ...report.financeNews.filter((n) => n.provider !== me).map(news),
  ];
  return (
    <>
      <h2 class="ticker-label">{t('ticker.heading', loc, { quarter: report.quarter })}</h2>
      {items.length === 0 ? (
        <p class="ticker-none">{t('ticker.none', loc)}</p>
      ) : (
        <ul class="ticker-items">{items}</ul>
      )}
    </>
  );
}

/** A credit-line draw, repayment or injection; injections carry a warning sign. */
function NewsItem(props: { scenario: Scenario; item: FinanceNews; me: string; loc: Locale }) {
  const { item } = props;
  return (
    <li class={financeNewsClass(item, props.me)} data-kind={item.kind}>
      {item.kind === 'injection' ? (
        <span class="warn-sign" aria-hidden="true">
          ⚠{' '}
        </span>
      ) : null}
      {financeNewsText(props.scenario, item, props.loc)}
    </li>
  );
}
