// What the console adds to a market's view beyond status and log: the shocks waiting for the
// quarter (replaced by each list the server sends, so a restarted host's list wins), a line that
// dropped and came back, refusals kept with their codes and shown in the teacher's language, and
// a refused connection's "[class/code]" read back and translated. The market's messages reach
// the model as events through one listener set (game/net/teacher.ts), whichever room is current.

import { describe, expect, it } from 'vitest';
import type { RejectedReplay } from '../../game/classroom/rank-replays.ts';
import { hasKey } from '../../game/i18n/index.ts';
import type { ConsoleEvent } from '../../game/net/console-events.ts';
import { listenToMarket } from '../../game/net/teacher.ts';
import { signal } from '@preact/signals';
import type { TeacherCommand } from '../../game/net/console-events.ts';
import type { TeacherLink } from '../../game/net/teacher.ts';
import type { ConsoleContext } from '../../game/ui/console/context.ts';
import { emptyConsole, reduceConsole, withFeedback } from '../../game/ui/console/model.ts';
import { sendCommand, unreachable } from '../../game/ui/console/send-command.ts';
import { connectionText, refusalText } from '../../game/ui/console/server-text.ts';
import type { ShockEvent } from '../../game/wire/messages.ts';
import { fakeLink } from '../net/fake-link.ts';

const shock = (id: string): ShockEvent => ({
  id,
  title: { en: id, zh: id },
  effects: [{ kind: 'trust', provider: 'SCL', delta: -10 }],
});

describe('the console model', () => {
  it('holds the shocks each market lists, replaced by the next list', () => {
    let state = emptyConsole(2);
    state = reduceConsole(state, { type: 'shocks', market: 2, pending: [shock('a'), shock('b')] });
    expect(state.markets[1]!.shocks.map((s) => s.id)).toEqual(['a', 'b']);
    expect(state.markets[0]!.shocks).toEqual([]);
    state = reduceConsole(state, { type: 'shocks', market: 2, pending: [shock('b')] });
    expect(state.markets[1]!.shocks.map((s) => s.id)).toEqual(['b']);
  });

  it('marks a market reconnecting while its line is down, and live again when it is back', () => {
    let state = emptyConsole(1);
    state = reduceConsole(state, { type: 'connected', market: 1, connected: false });
    expect(state.markets[0]!.reconnecting).toBe(true);
    state = reduceConsole(state, { type: 'connected', market: 1, connected: true });
    expect(state.markets[0]!.reconnecting).toBe(false);
  });

  it('stops saying "joining again" once the server refused the console for good', () => {
    let state = emptyConsole(1);
    state = reduceConsole(state, { type: 'connected', market: 1, connected: false });
    const why = 'wrong teacher token [class/wrong_teacher_token]';
    state = reduceConsole(state, { type: 'lost', market: 1, why });
    expect(state.markets[0]).toMatchObject({ reconnecting: false, lost: why });
  });

  it('keeps a refusal’s errors with their codes, for the page to translate', () => {
    const errors = [{ field: 'class', code: 'class/not_paused' as const, message: 'not paused' }];
    const state = reduceConsole(emptyConsole(1), { type: 'refused', market: 1, errors });
    expect(state.feedback[0]!.errors).toEqual(errors);
  });
});

describe("the server's words in the teacher's language", () => {
  it('translates a refusal by its code, and keeps a located shock problem', () => {
    const notPaused = [{ field: 'class', code: 'class/not_paused' as const, message: 'x' }];
    expect(refusalText(notPaused, 'zh')).toBe('课堂没有暂停。');
    expect(refusalText(notPaused, 'en')).toBe('The class is not paused.');
    const stale = [{ field: 'shock.id', code: 'class/stale' as const, message: 'x' }];
    expect(refusalText(stale, 'zh')).toBe('该季度已经结算。');
    const bad = [{ field: 'shock.id', code: 'class/bad_shock' as const, message: 'shock.id: no' }];
    expect(refusalText(bad, 'en')).toBe('The shock was refused: shock.id: no');
  });

  it('reads a refused connection’s class code back and translates it; other words stay', () => {
    const why = 'wrong teacher token [class/wrong_teacher_token]';
    expect(connectionText(why, 'zh')).toBe('教师控制台地址已过期，请打开主机当前显示的地址。');
    expect(connectionText('socket hang up', 'zh')).toBe('socket hang up');
  });
});

describe("a market's messages as console events", () => {
  it('passes welcome, shocks, refusals and quarters on, naming the market', () => {
    const { link, fire } = fakeLink();
    const events: ConsoleEvent[] = [];
    listenToMarket(link, 3, (e) => events.push(e));
    fire('shocks', { pending: [shock('a')] });
    fire('refused', { errors: [] });
    fire('rewind', { log: [] });
    expect(events).toEqual([
      { type: 'shocks', market: 3, pending: [shock('a')] },
      { type: 'refused', market: 3, errors: [] },
      { type: 'rewind', market: 3, log: [] },
    ]);
  });
});

describe('a command sent while a market is down', () => {
  it('is sent, and the console names each market it could not reach', () => {
    let state = emptyConsole(3);
    state = reduceConsole(state, { type: 'connected', market: 2, connected: false });
    state = reduceConsole(state, { type: 'lost', market: 3, why: 'refused [class/x]' });
    expect(unreachable(state, 'all')).toEqual([2, 3]);
    expect(unreachable(state, 1)).toEqual([]);
    const sent: [number | 'all', TeacherCommand][] = [];
    const link: TeacherLink = { send: (m, c) => sent.push([m, c]), close: () => undefined };
    const box = signal(state);
    const ctx = {
      state: box,
      link: signal(link),
      say: (line) => (box.value = withFeedback(box.value, line)),
    } as Pick<ConsoleContext, 'state' | 'link' | 'say'> as ConsoleContext;
    sendCommand(ctx, 'all', { command: 'pause' }, 'console.pause');
    expect(sent).toEqual([['all', { command: 'pause' }]]);
    const lines = box.value.feedback.map((f) => [f.key, f.market, f.tone]);
    expect(lines).toEqual([
      ['console.notReached', 3, 'error'],
      ['console.notReached', 2, 'error'],
      ['console.sent', null, 'done'],
      [undefined, 3, 'error'], // the lost market's own line, from the reducer
    ]);
  });
});

describe('a rejected replay file', () => {
  it('has a reason in both languages for every code the verifier gives', () => {
    // A Record over the code type: a new code fails to compile here until it is listed.
    const codes: Record<RejectedReplay['code'], true> = {
      empty: true,
      too_large: true,
      corrupt: true,
      truncated: true,
      foreign: true,
      newer_version: true,
      unsupported_version: true,
      migration_failed: true,
      invalid: true,
      unknown_scenario: true,
      unknown_provider: true,
      scenario_changed: true,
      internal: true,
      replay_failed: true,
      older_rules: true,
      too_many_files: true,
    };
    for (const code of Object.keys(codes))
      for (const loc of ['en', 'zh'] as const)
        expect(hasKey(`console.rejected.${code}`, loc), `${code} (${loc})`).toBe(true);
  });
});
