// The shocks waiting for the quarter being drafted in one market (the server lists them to the
// teacher's consoles only): headline, what each hits and its size, and a Withdraw button while
// the quarter is still open. Hidden in projector mode: the teams meet a shock in the news once
// the quarter resolves, not on the projector before.

import type { Scenario } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { ConsoleContext } from './context.ts';
import type { MarketView } from './model.ts';
import { sendCommand } from './send-command.ts';
import { shockRow } from './shock-rows.ts';

export function PendingShocks(props: {
  ctx: ConsoleContext;
  view: MarketView;
  scenario: Scenario | undefined;
}) {
  const { ctx, view, scenario } = props;
  const loc = ctx.locale.value;
  const market = view.market;
  const canSend = ctx.link.value !== null && !view.reconnecting;
  if (view.shocks.length === 0) return null;
  const withdraw = (id: string): void => {
    sendCommand(ctx, market, { command: 'withdraw-shock', id }, 'console.pending.withdrawal');
  };
  return (
    <table class="console-shocks" id={`shocks-${market}`}>
      <caption>{t('console.pending.title', loc, { n: view.shocks.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.pending.shock', loc)}</th>
          <th scope="col">{t('console.pending.hits', loc)}</th>
          <th scope="col" class="num">
            {t('console.pending.size', loc)}
          </th>
          <th scope="col">
            <span class="sr-only">{t('console.pending.withdraw', loc)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {view.shocks.map((event) => {
          const row = shockRow(event, scenario, loc);
          return (
            <tr key={row.id} data-shock={row.id}>
              <th scope="row">{row.title}</th>
              <td>{row.hits}</td>
              <td class="num">{row.size}</td>
              <td>
                <button
                  type="button"
                  id={`withdraw-${market}-${row.id}`}
                  disabled={!canSend}
                  aria-label={t('console.pending.withdrawOne', loc, { title: row.title })}
                  onClick={() => withdraw(row.id)}
                >
                  {t('console.pending.withdraw', loc)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
