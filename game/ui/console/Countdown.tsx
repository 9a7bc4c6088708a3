// A market's clock: time left before the quarter resolves, counted on the server's clock (the
// status says the server's time when sent), paused time as it stood, or "no clock running".

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Status } from '../../wire/messages.ts';
import { clockText, timeLeftMs } from './model.ts';
import { useNow } from './use-now.ts';

export function Countdown(props: { status: Status; statusAt: number; loc: Locale }) {
  const { status, statusAt, loc } = props;
  const now = useNow();
  const left = timeLeftMs(status, statusAt, now);
  const text =
    left === null
      ? t('console.noClock', loc)
      : t(status.deadlineAt === null ? 'console.pausedLeft' : 'console.timeLeft', loc, {
          clock: clockText(left),
        });
  const urgent = left !== null && status.deadlineAt !== null && left < 60_000;
  return (
    <span class={`console-clock${urgent ? ' urgent' : ''}`} role="timer" aria-live="off">
      {text}
    </span>
  );
}
