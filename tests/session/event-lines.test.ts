import { describe, expect, it } from 'vitest';
import { eventLines } from '../../game/session/event-lines.ts';

const text = (s: string) => ({ en: s, zh: s });
const answer = (id: string, option: string, provider: string) => ({
  id,
  title: text(`Q ${id}`),
  body: text(`option ${option}`),
  effects: [],
  option,
  provider,
});
const news = (id: string) => ({ id, title: text(id), body: text(id), effects: [] });

describe('eventLines', () => {
  it('groups a dilemma’s answers by option, naming every provider in report order', () => {
    const lines = eventLines([
      news('shock'),
      answer('centre', 'build', 'HW'),
      answer('centre', 'decline', 'ALI'),
      answer('centre', 'build', 'TY'),
      answer('centre', 'build', 'CM'),
    ]);
    expect(lines.map((l) => [l.title.en, l.body.en, l.providers])).toEqual([
      ['shock', 'shock', undefined],
      ['Q centre', 'option build', ['HW', 'TY', 'CM']],
      ['Q centre', 'option decline', ['ALI']],
    ]);
  });

  it('keeps the same option of two different dilemmas apart', () => {
    const lines = eventLines([answer('a', 'yes', 'HW'), answer('b', 'yes', 'TY')]);
    expect(lines.map((l) => l.providers)).toEqual([['HW'], ['TY']]);
  });
});
