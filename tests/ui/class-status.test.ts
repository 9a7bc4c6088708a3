// The class strip's words from the server's status: sealed teams out of the seats teams hold, time left on
// the device's own clock corrected by the server's, a paused clock that stands still, no clock
// outside drafting, and m:ss that reaches 0:00 only when the time is up.

import { describe, expect, it } from 'vitest';
import { classStatusLine, clockText } from '../../game/ui/class/class-status.ts';
import type { ClassView, Status } from '../../game/wire/messages.ts';

const seat = { team: 'Red', connected: true, committed: false, desyncAt: null };

function view(status: Partial<Status> | null, clockOffsetMs = 0): ClassView {
  return {
    status: status && {
      phase: 'drafting',
      played: 0,
      deadlineAt: 100_000,
      pausedLeftMs: null,
      serverNow: 0,
      seats: { NCL: { ...seat, committed: true }, SCL: seat, WCL: { ...seat, team: null } },
      committedCount: 1,
      notice: '',
      practice: 'none',
      ...status,
    },
    clockOffsetMs,
    connected: true,
    desyncAt: null,
    team: 'Red',
    teamCode: 'ABC234',
  };
}

describe('class strip', () => {
  it('counts sealed teams out of the seats teams hold, and the time left by the server clock', () => {
    // This device's clock is 5 s behind the server's: at its 40 s the server is at 45 s. WCL has
    // no team: it holds its course and the class does not wait for it.
    const line = classStatusLine(view({}, 5_000), 40_000);
    expect(line).toMatchObject({ phase: 'drafting', sealed: 1, seats: 2, leftMs: 55_000 });
  });

  it('never counts below zero, stands still while paused, and has no clock when waiting', () => {
    expect(classStatusLine(view({}), 200_000).leftMs).toBe(0);
    expect(classStatusLine(view({ phase: 'paused', pausedLeftMs: 42_000 }), 0).leftMs).toBe(42_000);
    expect(classStatusLine(view({ phase: 'waiting' }), 0).leftMs).toBeNull();
    expect(classStatusLine(view({ deadlineAt: null }), 0).leftMs).toBeNull();
  });

  it('says connecting before the first status, and shows practice and the notice', () => {
    expect(classStatusLine(view(null), 0).phase).toBe('connecting');
    const line = classStatusLine(view({ practice: 'playing', notice: 'Two minutes' }), 0);
    expect(line).toMatchObject({ practice: true, notice: 'Two minutes' });
    expect(classStatusLine(view({ practice: 'played' }), 0).practice).toBe(false);
    // Between the practice and the game the strip says the practice is over, and only then.
    expect(classStatusLine(view({ practice: 'played' }), 0).practiceOver).toBe(true);
    expect(classStatusLine(view({ practice: 'playing' }), 0).practiceOver).toBe(false);
    expect(classStatusLine(view({ practice: 'done' }), 0).practiceOver).toBe(false);
  });

  it('says reconnecting while the line is down, keeping the last counts', () => {
    const down = { ...view({}), connected: false };
    expect(classStatusLine(down, 0)).toMatchObject({ phase: 'reconnecting', sealed: 1, seats: 2 });
  });

  it('writes m:ss rounded up', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(59_001)).toBe('1:00');
    expect(clockText(600_000)).toBe('10:00');
  });
});
