// Every seat of a market at a glance: the team in it, whether its device is online, drafting or
// sealed, and whether its engine reproduced every quarter (desync detection).

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scenario } from '../../engine/index.ts';
import type { Status } from '../../wire/messages.ts';
import { seatState } from './model.ts';

export function SeatTable(props: {
  market: number;
  status: Status;
  scenario: Scenario | undefined;
  loc: Locale;
}) {
  const { market, status, scenario, loc } = props;
  const name = (id: string): string =>
    scenario?.providers.find((p) => p.id === id)?.name[loc] ?? id;
  return (
    <table class="console-seats" id={`seats-${market}`}>
      <caption class="sr-only">{t('console.seats', loc, { n: market })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.seat', loc)}</th>
          <th scope="col">{t('console.team', loc)}</th>
          <th scope="col">{t('console.link', loc)}</th>
          <th scope="col">{t('console.state', loc)}</th>
          <th scope="col">{t('console.check', loc)}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(status.seats).map(([id, seat]) => {
          const state = seatState(seat, status.phase);
          return (
            <tr data-seat={id} data-state={state}>
              <th scope="row">{name(id)}</th>
              <td>{seat.team ?? '—'}</td>
              <td class={seat.connected ? 'ok' : 'muted'}>
                {seat.team === null
                  ? '—'
                  : t(seat.connected ? 'console.online' : 'console.offline', loc)}
              </td>
              <td class={`seat-${state}`}>{t(`console.seatState.${state}`, loc)}</td>
              <td class={seat.desyncAt === null ? '' : 'error'}>
                {seat.desyncAt === null
                  ? t('console.inStep', loc)
                  : t('console.desyncAt', loc, { n: seat.desyncAt + 1 })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
