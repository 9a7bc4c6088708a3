// Sending a teacher command from the console: to one market or to all, noted under the command
// bar; a market whose line is down (joining again after a restart, or never reached) does not
// get it, and the console says so for that market instead of letting it look sent.

import type { TeacherCommand } from '../../net/console-events.ts';
import type { ConsoleContext } from './context.ts';
import type { ConsoleState } from './model.ts';

/** The markets among `target` that a command cannot reach now. */
export function unreachable(state: ConsoleState, target: number | 'all'): number[] {
  return state.markets
    .filter((m) => target === 'all' || m.market === target)
    .filter((m) => m.reconnecting || m.lost !== null)
    .map((m) => m.market);
}

/** Sends `command`; `label` is the i18n key of the command's name, shown in the feedback. */
export function sendCommand(
  ctx: ConsoleContext,
  target: number | 'all',
  command: TeacherCommand,
  label: string,
): void {
  ctx.link.value?.send(target, command);
  const market = target === 'all' ? null : target;
  const values = { command: label };
  ctx.say({ market, tone: 'done', text: '', key: 'console.sent', values });
  for (const n of unreachable(ctx.state.value, target))
    ctx.say({ market: n, tone: 'error', text: '', key: 'console.notReached', values });
}
