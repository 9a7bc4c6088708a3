// Batch progress on stderr: a redrawn bar on a terminal, one line per 10 % elsewhere.

import { describe, expect, it } from 'vitest';
import { createProgress } from '../../game/cli/progress.ts';

function capture(isTTY: boolean) {
  const writes: string[] = [];
  let clock = 0;
  const progress = createProgress(
    50,
    { isTTY, write: (t: string) => writes.push(t) },
    'batch',
    () => (clock += 200),
  );
  for (let done = 1; done <= 50; done++) progress.update(done);
  progress.finish();
  return writes;
}

describe('createProgress', () => {
  it('prints one plain line per 10 % when stderr is not a terminal', () => {
    const writes = capture(false);
    expect(writes).toHaveLength(10);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes[0]).toContain('10% (5/50');
    expect(writes[9]).toContain('100% (50/50');
  });

  it('redraws a bar in place on a terminal and ends the line when done', () => {
    const writes = capture(true);
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.slice(0, -1).every((w) => w.startsWith('\r'))).toBe(true);
    expect(writes[writes.length - 2]).toContain('100% 50/50');
    expect(writes[writes.length - 1]).toBe('\n');
  });
});
