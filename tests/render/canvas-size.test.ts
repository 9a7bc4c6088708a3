// The map canvas follows its parent, except down to 0 px: a zero-sized WebGL framebuffer
// throws inside Phaser's loop and the map stays black until reload (issue 9, print).

import { describe, expect, it } from 'vitest';
import { canvasSizeFor } from '../../game/render/layout/canvas-size.ts';

describe('canvasSizeFor', () => {
  const current = { width: 626, height: 637 };

  it('keeps the canvas when the parent collapses (printing hides the map)', () => {
    expect(canvasSizeFor(0, 0, current)).toBeNull();
    expect(canvasSizeFor(0, 637, current)).toBeNull();
    expect(canvasSizeFor(626, 0.5, current)).toBeNull();
    expect(canvasSizeFor(Number.NaN, 400, current)).toBeNull();
  });

  it('follows a parent that changed size, in whole pixels', () => {
    expect(canvasSizeFor(800.7, 500.2, current)).toEqual({ width: 800, height: 500 });
    expect(canvasSizeFor(1, 1, current)).toEqual({ width: 1, height: 1 });
  });

  it('does nothing when the size is unchanged', () => {
    expect(canvasSizeFor(626.4, 637.9, current)).toBeNull();
  });
});
