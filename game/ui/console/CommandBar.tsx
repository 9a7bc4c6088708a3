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
import { sendCommand } from './send-command.ts';

export function CommandBar(props: {
  ctx: ConsoleContext;
  target: number | 'all';
  seats?: string[];
  /** The market's line is down (joining again): its commands wait. */
  offline?: boolean;
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
  const connected = ctx.link.value !== null && props.offline !== true;
  const seatName = (s: string): string =>
    ctx.shipped?.scenario.providers.find((p) => p.id === s)?.name[loc] ?? s;

  /** Sends to the target and notes it; `label`: the i18n key of the command's name. */
  const send = (command: TeacherCommand, label: string): void => {
    sendCommand(ctx, target, command, label);
  };
  const plain = (name: 'start' | 'pause' | 'resume') => (
    <button
      id={id(name)}
      type="button"
      disabled={!connected}
      onClick={() => send({ command: name }, `console.${name}`)}
    >
      {t(`console.${name}`, loc)}
    </button>
  );
  const exportClass = async (): Promise<void> => {
    exporting.value = true;
    const answer = await requestExport(ctx.token);
    exporting.value = false;
    if (answer.ok) {
      const { grades, archive, markets, teams } = answer;
      const values = { grades, archive, markets, teams };
      ctx.say({ market: null, tone: 'done', text: '', key: 'console.exported', values });
    } else {
      const values = { error: answer.error };
      ctx.say({ market: null, tone: 'error', text: '', key: 'console.exportFailed', values });
    }
  };

  return (
    <div
      class="console-commands"
      role="group"
      aria-label={t('console.commandsFor', loc, { where })}
    >
      {plain('start')}
      {plain('pause')}
      {plain('resume')}
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
          onClick={() => send({ command: 'extend', minutes: minutes.value }, 'console.extend')}
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
        onConfirm={() => send({ command: 'resolve' }, 'console.resolve')}
      />
      <ConfirmButton
        id={id('undo')}
        label={t('console.undo', loc)}
        question={t('console.confirm.undo', loc, { where })}
        loc={loc}
        disabled={!connected}
        onConfirm={() => send({ command: 'undo-quarter' }, 'console.undo')}
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
              <option value={s}>{seatName(s)}</option>
            ))}
          </select>
          <ConfirmButton
            id={id('free')}
            label={t('console.freeSeat', loc, { seat: seatName(seat.value) })}
            question={t('console.confirm.free', loc, { seat: seatName(seat.value), n: market })}
            loc={loc}
            disabled={!connected}
            onConfirm={() => send({ command: 'free', seat: seat.value }, 'console.free')}
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
          onClick={() => send({ command: 'notice', text: notice.value }, 'console.sendNotice')}
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
      <ExtraCommands ctx={ctx} target={target} offline={props.offline === true} />
    </div>
  );
}
