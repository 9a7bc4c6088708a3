// The start screen of a page served by a class: class code, market, seat and a team name (or a
// teammate's team code). Joining builds the class game on this device and opens the quarter;
// the team code is shown once, for teammates joining from other devices.

import { useSignal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { DecisionErrorCode } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { joinClass } from '../../net/join.ts';
import type { Joined } from '../../net/join.ts';
import { readRefusal } from '../../net/refusal.ts';
import type { ClassInfo } from '../../wire/messages.ts';
import { showAlert } from '../alert.ts';
import { errorText } from '../error-text.ts';
import type { UiContext } from '../context.ts';
import { useSession } from '../view/use-store.ts';

/** A refused join in the student's language; a connection failure says where it tried. */
function joinErrorText(error: unknown, loc: Locale): string {
  const text = error instanceof Error ? error.message : String(error);
  const refused = readRefusal(text);
  if (refused)
    return errorText(
      { field: 'join', code: refused.code as DecisionErrorCode, message: refused.message },
      loc,
    );
  return t('join.unreachable', loc, { message: text });
}

export function JoinScreen(props: { ctx: UiContext; info: ClassInfo }) {
  const { ctx, info } = props;
  const loc = useSession(ctx, (s) => s.locale);
  const code = useSignal('');
  const market = useSignal(1);
  const seat = useSignal(info.seats[0] ?? '');
  const team = useSignal('');
  const teamCode = useSignal('');
  const member = useSignal('');
  const error = useSignal('');
  const busy = useSignal(false);
  const shipped = ctx.scenarios.find((s) => s.id === info.scenarioId);
  const name = (id: string): string =>
    shipped?.scenario.providers.find((p) => p.id === id)?.name[loc] ?? id;

  const join = async (): Promise<void> => {
    if (!shipped) return void (error.value = t('join.noScenario', loc, { id: info.scenarioId }));
    busy.value = true;
    error.value = '';
    try {
      const form = {
        classCode: code.value,
        market: market.value,
        seat: seat.value,
        team: team.value,
        teamCode: teamCode.value,
        member: member.value,
      };
      const play = (joined: Joined): void =>
        ctx.session
          .getState()
          .joinClass(joined.game.game, joined.welcome.seat ?? seat.value, joined.game.view);
      const joined = await joinClass(form, shipped.scenario, (moved) => {
        play(moved);
        const now = ctx.session.getState().locale;
        showAlert(t('join.moved', now, { seat: name(moved.welcome.seat ?? '') }), 'info');
      });
      play(joined);
      if (joined.welcome.teamCode)
        showAlert(t('join.teamCodeIs', loc, { code: joined.welcome.teamCode }), 'info');
    } catch (e) {
      error.value = joinErrorText(e, loc);
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="screen start join" aria-labelledby="join-title">
      <h2 id="join-title">{t('join.heading', loc)}</h2>
      <p>{t('join.intro', loc, { scenario: shipped?.scenario.title[loc] ?? info.scenarioId })}</p>
      <form
        class="join-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join();
        }}
      >
        <CodeField id="join-code" label={t('join.code', loc)} code={code} />
        {info.markets > 1 ? (
          <label>
            {t('join.market', loc)}
            <select
              id="join-market"
              value={String(market.value)}
              onChange={(e) => (market.value = Number(e.currentTarget.value))}
            >
              {Array.from({ length: info.markets }, (_, i) => (
                <option value={String(i + 1)}>{i + 1}</option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('join.seat', loc)}
          <select
            id="join-seat"
            value={seat.value}
            onChange={(e) => (seat.value = e.currentTarget.value)}
          >
            {info.seats.map((id) => (
              <option value={id}>{name(id)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('join.member', loc)}
          <input
            id="join-member"
            maxLength={40}
            autoComplete="name"
            value={member.value}
            onInput={(e) => (member.value = e.currentTarget.value)}
          />
        </label>
        <p class="hint join-either">{t('join.either', loc)}</p>
        <label>
          {t('join.team', loc)}
          <input
            id="join-team"
            maxLength={40}
            value={team.value}
            onInput={(e) => (team.value = e.currentTarget.value)}
          />
        </label>
        <CodeField id="join-team-code" label={t('join.teamCode', loc)} code={teamCode} />
        {error.value ? (
          <p class="error" role="alert" id="join-error">
            {error.value}
          </p>
        ) : null}
        <button id="btn-join" type="submit" class="primary big" disabled={busy.value}>
          {t('join.submit', loc)}
        </button>
      </form>
    </section>
  );
}

/** A six-character code (the class's or a team's), typed as read off a screen. */
function CodeField(props: { id: string; label: string; code: Signal<string> }) {
  const { code } = props;
  return (
    <label>
      {props.label}
      <input
        id={props.id}
        autocomplete="off"
        maxLength={6}
        value={code.value}
        onInput={(e) => (code.value = e.currentTarget.value)}
      />
    </label>
  );
}
