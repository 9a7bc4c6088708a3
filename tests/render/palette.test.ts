// Provider colours (scenario files, parsed by game/render/theme.ts) must stay apart for players
// with colour blindness too. Each colour is seen through the Machado, Oliveira and Fernandes
// (2009) simulation at full severity for protanopia, deuteranopia and tritanopia, then compared
// in CIELAB: every pair of providers in a scenario differs by at least ΔE76 15 (normal vision:
// 20). Two colours 7 apart (pink and grey for deuteranopes) used to read as one provider.

import { describe, expect, it } from 'vitest';
import { colourNumber } from '../../game/render/theme.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

type Rgb = [number, number, number];

const VISION: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const MIN_DELTA: Record<string, number> = {
  normal: 20,
  protanopia: 15,
  deuteranopia: 15,
  tritanopia: 15,
};

function linearRgb(css: string): Rgb {
  const n = colourNumber(css);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [lin(n >> 16), lin((n >> 8) & 255), lin(n & 255)];
}

function seenAs(rgb: Rgb, matrix: number[][] | null): Rgb {
  if (!matrix) return rgb;
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return matrix.map((row) => clamp(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2])) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The closest pair of `colours` as seen with `vision`. */
function closestPair(colours: string[], vision: string): { delta: number; pair: string } {
  const seen = colours.map((c) => lab(seenAs(linearRgb(c), VISION[vision]!)));
  let best = { delta: Infinity, pair: '' };
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) {
      const delta = deltaE(seen[i]!, seen[j]!);
      if (delta < best.delta) best = { delta, pair: `${colours[i]} / ${colours[j]}` };
    }
  return best;
}

describe('provider palette for colour-blind players', () => {
  it('the check tells apart what deuteranopes confuse', () => {
    // Okabe-Ito reddish purple and a mid grey: distinct to most, one colour to deuteranopes.
    expect(closestPair(['#CC79A7', '#999999'], 'normal').delta).toBeGreaterThan(20);
    expect(closestPair(['#CC79A7', '#999999'], 'deuteranopia').delta).toBeLessThan(10);
    // Tritanopes confuse blue with green: a sky blue and a sea green apart to everyone else.
    const blueGreen = ['#56B4E9', '#3FBF9F'];
    expect(closestPair(blueGreen, 'deuteranopia').delta).toBeGreaterThan(15);
    expect(closestPair(blueGreen, 'tritanopia').delta).toBeLessThan(
      closestPair(blueGreen, 'deuteranopia').delta / 2,
    );
  });

  it('keeps every pair of providers apart in every shipped scenario', async () => {
    for (const file of shippedScenarioFiles()) {
      const scenario = await loadScenario(file);
      const colours = scenario.providers.map((p) => p.colour);
      for (const vision of Object.keys(VISION)) {
        const { delta, pair } = closestPair(colours, vision);
        expect(delta, `${scenario.id}, ${vision}: ${pair}`).toBeGreaterThanOrEqual(
          MIN_DELTA[vision]!,
        );
      }
    }
  });
});
