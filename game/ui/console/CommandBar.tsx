// The teacher's commands for one market or for every market at once: start, pause, resume,
// extend, resolve now, undo the last quarter, free a seat, broadcast a notice and (for the whole
// class) export. The three that cannot be taken back ask first. What a market refuses comes
// back as feedback naming the market (model.ts).

import { useSignal } from '@preact/signals';
import { t } from '../../i18n/index.ts';
import type { TeacherCommand } from '../../net/console-events.ts';
import { requestExport } from '../../net/teacher.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import type { ConsoleContext } from './context.ts';
import { ExtraCommands } from './ExtraCommands.tsx';

export function CommandBar(props: {
  ctx: ConsoleContext;
  target: number | 'all';
  seats?: string[];
}) {
  const { ctx, target } = props;
  const loc = ctx.locale.value;
  const minutes = useSignal(5);
  const notice = useSignal('');
  const picked = useSignal('');
  // The seats arrive with the first status, after this bar is first drawn.
  const seat = {
    value: props.seats?.includes(picked.value) ? picked.value : (props.seats?.[0] ?? ''),
  };
  const exporting = useSignal(false);
  const where =
    target === 'all' ? t('console.allMarkets', loc) : t('console.market', loc, { n: target });
  const market = target === 'all' ? null : target;
  const id = (name: string): string => `cmd-${target}-${name}`;
  const connected = ctx.link.value !== null;

  const send = (command: TeacherCommand, label: string): void => {
    ctx.link.value?.send(target, command);
    ctx.say({ market, tone: 'done', text: t('console.sent', loc, { command: label, where }) });
  };
  const plain = (name: 'start' | 'pause' | 'resume', label: string) => (
    <button
      id={id(name)}
      type="button"
      disabled={!connected}
      onClick={() => send({ command: name }, label)}
    >
      {label}
    </button>
  );
  const exportClass = async (): Promise<void> => {
    exporting.value = true;
    const answer = await requestExport(ctx.token);
    exporting.value = false;
    ctx.say(
      answer.ok
        ? { market: null, tone: 'done', text: t('console.exported', loc, answer) }
        : { market: null, tone: 'error', text: t('console.exportFailed', loc, answer) },
    );
  };

  return (
    <div
      class="console-commands"
      role="group"
      aria-label={t('console.commandsFor', loc, { where })}
    >
      {plain('start', t('console.start', loc))}
      {plain('pause', t('console.pause', loc))}
      {plain('resume', t('console.resume', loc))}
      <span class="console-field">
        <label for={id('minutes')}>{t('console.extendBy', loc)}</label>
        <input
          id={id('minutes')}
          type="number"
          min={1}
          max={60}
          step={1}
          value={minutes.value}
          onInput={(e) => (minutes.value = Math.round(Number(e.currentTarget.value)))}
        />
        <button
          id={id('extend')}
          type="button"
          disabled={!connected}
          onClick={() =>
            send({ command: 'extend', minutes: minutes.value }, t('console.extend', loc))
          }
        >
          {t('console.extend', loc)}
        </button>
      </span>
      <ConfirmButton
        id={id('resolve')}
        label={t('console.resolve', loc)}
        question={t('console.confirm.resolve', loc, { where })}
        loc={loc}
        disabled={!connected}
        onConfirm={() => send({ command: 'resolve' }, t('console.resolve', loc))}
      />
      <ConfirmButton
        id={id('undo')}
        label={t('console.undo', loc)}
        question={t('console.confirm.undo', loc, { where })}
        loc={loc}
        disabled={!connected}
        onConfirm={() => send({ command: 'undo-quarter' }, t('console.undo', loc))}
      />
      {market !== null && props.seats && props.seats.length > 0 ? (
        <span class="console-field">
          <label for={id('seat')}>{t('console.seat', loc)}</label>
          <select
            id={id('seat')}
            value={seat.value}
            onChange={(e) => (picked.value = e.currentTarget.value)}
          >
            {props.seats.map((s) => (
              <option value={s}>
                {ctx.shipped?.scenario.providers.find((p) => p.id === s)?.name[loc] ?? s}
              </option>
            ))}
          </select>
          <ConfirmButton
            id={id('free')}
            label={t('console.freeSeat', loc, { seat: seat.value })}
            question={t('console.confirm.free', loc, { seat: seat.value, n: market })}
            loc={loc}
            disabled={!connected}
            onConfirm={() =>
              send(
                { command: 'free', seat: seat.value },
                t('console.freeSeat', loc, { seat: seat.value }),
              )
            }
          />
        </span>
      ) : null}
      <span class="console-field console-notice">
        <label for={id('notice')}>{t('console.noticeText', loc)}</label>
        <input
          id={id('notice')}
          maxLength={280}
          value={notice.value}
          onInput={(e) => (notice.value = e.currentTarget.value)}
        />
        <button
          id={id('send-notice')}
          type="button"
          disabled={!connected}
          onClick={() =>
            send({ command: 'notice', text: notice.value }, t('console.sendNotice', loc))
          }
        >
          {t('console.sendNotice', loc)}
        </button>
      </span>
      {target === 'all' ? (
        <button
          id="cmd-export"
          type="button"
          class="primary"
          disabled={exporting.value}
          onClick={() => void exportClass()}
        >
          {exporting.value ? t('console.exporting', loc) : t('console.export', loc)}
        </button>
      ) : null}
      <ExtraCommands ctx={ctx} target={target} />
    </div>
  );
}
