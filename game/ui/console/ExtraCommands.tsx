// The teacher's shock and seat move. A shock (GPU shortage, a demand swing in one segment, an
// outage that costs one provider trust) applies to the quarter being drafted, in one market or
// in all; students first see it in that quarter's news. A move takes the team on one seat, with
// its devices and team code, to an empty seat of the same market.

import { useSignal } from '@preact/signals';
import { t } from '../../i18n/index.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import type { ConsoleContext } from './context.ts';
import { sendCommand } from './send-command.ts';
import { SHOCK_KINDS, shockEvent, shockTargets } from '../../classroom/shock-presets.ts';
import type { ShockKind } from '../../classroom/shock-presets.ts';

/** Default size (percent) of each kind, and its bounds. */
const SIZES: Record<ShockKind, { start: number; min: number; max: number }> = {
  gpu: { start: 50, min: 10, max: 90 },
  demand: { start: -20, min: -50, max: 100 },
  trust: { start: 10, min: 1, max: 50 },
};

export function ExtraCommands(props: {
  ctx: ConsoleContext;
  target: number | 'all';
  offline: boolean;
}) {
  const { ctx, target } = props;
  const loc = ctx.locale.value;
  const kind = useSignal<ShockKind>('gpu');
  const chosenTarget = useSignal('');
  const size = useSignal(SIZES.gpu.start);
  const from = useSignal('');
  const to = useSignal('');
  const scenario = ctx.shipped?.scenario;
  const connected = ctx.link.value !== null && !props.offline;
  const id = (name: string): string => `cmd-${target}-${name}`;
  const market = target === 'all' ? null : target;
  const where =
    target === 'all' ? t('console.allMarkets', loc) : t('console.market', loc, { n: target });
  const nameOf = (seat: string): string =>
    scenario?.providers.find((p) => p.id === seat)?.name[loc] ??
    scenario?.segments.find((s) => s.id === seat)?.name[loc] ??
    seat;

  if (!scenario) return null;
  const targets = shockTargets(kind.value, scenario);
  const aim = targets.includes(chosenTarget.value) ? chosenTarget.value : (targets[0] ?? '');
  const bounds = SIZES[kind.value];

  const status = market === null ? null : ctx.state.value.markets[market - 1]?.status;
  const seats = Object.entries(status?.seats ?? {});
  const held = seats.filter(([, s]) => s.team !== null).map(([seat]) => seat);
  const empty = seats.filter(([, s]) => s.team === null).map(([seat]) => seat);
  const moveFrom = held.includes(from.value) ? from.value : (held[0] ?? '');
  const moveTo = empty.includes(to.value) ? to.value : (empty[0] ?? '');

  const sendShock = (): void => {
    const event = shockEvent(
      { kind: kind.value, target: aim, size: size.value },
      scenario,
      Date.now(),
    );
    sendCommand(ctx, target, { command: 'shock', event }, 'console.shock.kind');
  };

  return (
    <fieldset class="console-more" id={id('more')}>
      <legend>{t('console.moreCommands', loc)}</legend>
      <span class="console-field">
        <label for={id('shock-kind')}>{t('console.shock.kind', loc)}</label>
        <select
          id={id('shock-kind')}
          value={kind.value}
          onChange={(e) => {
            kind.value = e.currentTarget.value as ShockKind;
            size.value = SIZES[kind.value].start;
          }}
        >
          {SHOCK_KINDS.map((k) => (
            <option value={k}>{t(`console.shock.${k}`, loc)}</option>
          ))}
        </select>
      </span>
      {targets.length > 0 ? (
        <span class="console-field">
          <label for={id('shock-target')}>
            {t(kind.value === 'demand' ? 'console.shock.segment' : 'console.shock.provider', loc)}
          </label>
          <select
            id={id('shock-target')}
            value={aim}
            onChange={(e) => (chosenTarget.value = e.currentTarget.value)}
          >
            {targets.map((x) => (
              <option value={x}>{nameOf(x)}</option>
            ))}
          </select>
        </span>
      ) : null}
      <span class="console-field">
        <label for={id('shock-size')}>{t(`console.shock.size.${kind.value}`, loc)}</label>
        <input
          id={id('shock-size')}
          type="number"
          min={bounds.min}
          max={bounds.max}
          step={1}
          value={size.value}
          onChange={(e) => {
            const typed = Number(e.currentTarget.value);
            size.value = Math.min(
              bounds.max,
              Math.max(bounds.min, Number.isFinite(typed) ? typed : bounds.start),
            );
          }}
        />
      </span>
      <ConfirmButton
        id={id('shock')}
        label={t('console.shock.send', loc)}
        question={t('console.shock.confirm', loc, { where })}
        loc={loc}
        disabled={!connected}
        onConfirm={sendShock}
      />
      {market !== null && held.length > 0 && empty.length > 0 ? (
        <span class="console-field">
          <label for={id('move-from')}>{t('console.move.from', loc)}</label>
          <select
            id={id('move-from')}
            value={moveFrom}
            onChange={(e) => (from.value = e.currentTarget.value)}
          >
            {held.map((s) => (
              <option value={s}>{nameOf(s)}</option>
            ))}
          </select>
          <label for={id('move-to')}>{t('console.move.to', loc)}</label>
          <select
            id={id('move-to')}
            value={moveTo}
            onChange={(e) => (to.value = e.currentTarget.value)}
          >
            {empty.map((s) => (
              <option value={s}>{nameOf(s)}</option>
            ))}
          </select>
          <ConfirmButton
            id={id('move')}
            label={t('console.move.send', loc)}
            question={t('console.move.confirm', loc, {
              from: nameOf(moveFrom),
              to: nameOf(moveTo),
              n: market,
            })}
            loc={loc}
            disabled={!connected}
            onConfirm={() => {
              const command = { command: 'move' as const, from: moveFrom, to: moveTo };
              sendCommand(ctx, target, command, 'console.move.send');
            }}
          />
        </span>
      ) : null}
    </fieldset>
  );
}
