// How a device asks to join (game/classroom/protocol.ts parseJoin) and what the join page sends
// (game/net/join.ts joinOptionsOf): the student's own name is optional, follows a team name's
// rules, and rides along with a new team or a teammate's code, never with a seat token.

import { describe, expect, it } from 'vitest';
import { parseJoin } from '../../game/classroom/protocol.ts';
import { joinOptionsOf } from '../../game/net/join.ts';
import type { JoinForm } from '../../game/net/join.ts';

const CODE = 'ABC234';

describe('parseJoin with a student name', () => {
  it('takes a name with a new team or a teammate code, trimmed', () => {
    expect(parseJoin({ classCode: CODE, seat: 'NCL', team: 'Red', member: ' 王小明 ' })).toEqual({
      ok: true,
      join: { classCode: CODE, seat: 'NCL', team: 'Red', member: '王小明' },
    });
    const mate = parseJoin({ classCode: CODE, seat: 'NCL', teamCode: 'XYZ789', member: 'Ann' });
    expect(mate).toMatchObject({ ok: true, join: { member: 'Ann' } });
    expect(parseJoin({ classCode: CODE, seat: 'NCL', team: 'Red' })).toMatchObject({ ok: true });
  });

  it('refuses a name that is too long or holds control characters, saying which', () => {
    expect(
      parseJoin({ classCode: CODE, seat: 'NCL', team: 'Red', member: 'x'.repeat(41) }),
    ).toEqual({
      ok: false,
      why: expect.stringMatching(/^member: a name has at most 40 characters/),
    });
    expect(parseJoin({ classCode: CODE, seat: 'NCL', team: 'Red', member: 'a\u0007b' })).toEqual({
      ok: false,
      why: expect.stringMatching(/^member: a name cannot hold control characters/),
    });
  });
});

describe('joinOptionsOf', () => {
  const form: JoinForm = {
    classCode: ' abc234 ',
    market: 1,
    seat: 'NCL',
    team: ' Red ',
    teamCode: '',
    member: ' Ann ',
  };

  it('sends a new team with the name typed, a teammate code, or only the seat token', () => {
    expect(joinOptionsOf(form, null)).toEqual({
      classCode: CODE,
      seat: 'NCL',
      team: 'Red',
      member: 'Ann',
    });
    expect(joinOptionsOf({ ...form, team: '', teamCode: 'xyz789' }, null)).toEqual({
      classCode: CODE,
      seat: 'NCL',
      teamCode: 'XYZ789',
      member: 'Ann',
    });
    expect(joinOptionsOf({ ...form, member: '  ' }, null)).toEqual({
      classCode: CODE,
      seat: 'NCL',
      team: 'Red',
    });
    expect(joinOptionsOf(form, 'saved-token')).toEqual({ classCode: CODE, token: 'saved-token' });
  });
});
