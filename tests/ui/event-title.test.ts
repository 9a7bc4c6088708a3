// The teacher's shocks are marked in the news in both languages; every other event keeps its
// headline as written.

import { describe, expect, it } from 'vitest';
import { eventLines } from '../../game/session/event-lines.ts';
import { eventTitle } from '../../game/ui/event-title.ts';

const title = { en: 'GPU shortage', zh: 'GPU 短缺' };

describe('the news marks the teacher’s shocks', () => {
  it('keeps the mark on the report’s news line', () => {
    const lines = eventLines([
      { id: 'a', title, body: title, effects: [], injected: true },
      { id: 'b', title, body: title, effects: [] },
    ]);
    expect(lines.map((l) => l.injected)).toEqual([true, undefined]);
  });

  it('says whose shock it is, in English and in Chinese (full-width colon)', () => {
    expect(eventTitle(title, true, 'en')).toBe('Teacher’s shock: GPU shortage');
    expect(eventTitle(title, true, 'zh')).toBe('教师设置的冲击：GPU 短缺');
    expect(eventTitle(title, undefined, 'zh')).toBe('GPU 短缺');
  });
});
