// Chart axes never repeat a label: ticks that round to the same text are labelled once, at
// the middle of their run, which is the tick nearest the rounded value.

import { describe, expect, it } from 'vitest';
import { distinctTicks, lineConfig } from '../../game/ui/charts.ts';

const percent0 = (v: number): string => `${Math.round(v)}%`;

describe('distinctTicks', () => {
  it('labels 29.6 … 30.4 once, at 30.0', () => {
    const values = [29, 29.2, 29.4, 29.6, 29.8, 30, 30.2, 30.4, 30.6, 30.8, 31];
    const ticks = values.map((value) => ({ value }));
    const tick = distinctTicks(percent0);
    const labels = values.map((v, i) => tick(v, i, ticks));
    expect(labels.filter((l) => l !== null)).toEqual(['29%', '30%', '31%']);
    expect(labels[5]).toBe('30%');
  });
  it('keeps every label on a wide axis', () => {
    const values = [0, 10, 20, 30];
    const ticks = values.map((value) => ({ value }));
    const tick = distinctTicks(percent0);
    expect(values.map((v, i) => tick(v, i, ticks))).toEqual(['0%', '10%', '20%', '30%']);
  });
});

describe('lineConfig', () => {
  it('draws points when there are too few quarters for a line', () => {
    const one = lineConfig(['2023Q1'], [{ label: 'A', colour: '#fff', values: [30] }], percent0);
    expect(one.data.datasets[0]!.pointRadius).toBeGreaterThan(0);
    const many = lineConfig(
      ['Q1', 'Q2', 'Q3'],
      [{ label: 'A', colour: '#fff', values: [30, 31, 32] }],
      percent0,
    );
    expect(many.data.datasets[0]!.pointRadius).toBe(0);
  });

  it('widens a y axis narrower than minSpan around the data, and leaves a wide one alone', () => {
    const flat = lineConfig(
      ['Q1', 'Q2', 'Q3'],
      [
        { label: 'A', colour: '#fff', values: [50, 50.3, null] },
        { label: 'B', colour: '#000', values: [50, 49.7, 50] },
      ],
      percent0,
      4,
    );
    expect(flat.options!.scales!.y).toMatchObject({ suggestedMin: 48, suggestedMax: 52 });
    const wide = lineConfig(
      ['Q1', 'Q2', 'Q3'],
      [{ label: 'A', colour: '#fff', values: [40, 50, 45] }],
      percent0,
      4,
    );
    expect(wide.options!.scales!.y).not.toHaveProperty('suggestedMin');
    const none = lineConfig(['Q1'], [{ label: 'A', colour: '#fff', values: [null] }], percent0, 4);
    expect(none.options!.scales!.y).not.toHaveProperty('suggestedMin');
  });
});
