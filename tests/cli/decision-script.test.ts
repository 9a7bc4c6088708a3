// `sim --decisions FILE`, the playing side: a partial decision is the panel's held course with the
// given fields put over it, a human without an entry holds its course as the panel does, and what
// the engine refuses is located in the file. The game played is the one the engine plays from the same decisions.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdDecision, playQuarter, score, startGame, stateHash } from '../../game/engine/index.ts';
import type { Decision, Scenario } from '../../game/engine/index.ts';
import { fieldPath, fillDecision } from '../../game/cli/decision-script.ts';
import { parseDecisionsText } from '../../game/cli/decisions-file.ts';
import type { DecisionScript } from '../../game/cli/decisions-file.ts';
import { runGame } from '../../game/cli/run-game.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';
import { UsageError } from '../../game/cli/usage.ts';
import { ROOT, cliInProcess } from './run-cli.ts';

let duopoly: Scenario;
let china: Scenario;
let dir: string;
beforeAll(async () => {
  duopoly = (await loadScenarioRef('classroom-duopoly')).scenario;
  china = (await loadScenarioRef('china-2023-price-war')).scenario;
  dir = await mkdtemp(join(tmpdir(), 'sim-decisions-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function script(scenario: Scenario, text: string, humans: string[]): DecisionScript {
  const result = parseDecisionsText(text, 'd.yaml', { scenario, humans });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.script;
}

const base: Decision = {
  price: { C: -0.03, S: -0.02, T: -0.1 },
  gpuCapex: 1,
  dcCapex: 2,
  rnd: 0.5,
  trainShare: 0.2,
  ecosystem: 0.1,
  creditDeal: { amount: 0.3, creditFraction: 0.5 },
  security: 0.1,
  projectExit: 0,
  openSource: false,
  priority: ['ENT'],
};

describe('fillDecision', () => {
  it('puts the given fields over the previous decision, down to single prices', () => {
    expect(fillDecision(base, { price: { C: -0.2 }, rnd: 0.9, creditDeal: { amount: 0 } })).toEqual(
      {
        ...base,
        price: { C: -0.2, S: -0.02, T: -0.1 },
        rnd: 0.9,
        creditDeal: { amount: 0, creditFraction: 0.5 },
      },
    );
    expect(fillDecision(base, { priority: [], openSource: true })).toMatchObject({
      priority: [],
      openSource: true,
    });
  });

  it('without an entry holds the previous decision, sharing nothing with it', () => {
    const held = fillDecision(base, undefined);
    expect(held).toEqual(base);
    held.price.C = 9;
    held.priority.push('STU');
    expect(base.price.C).toBe(-0.03);
    expect(base.priority).toEqual(['ENT']);
  });
});

it('fieldPath splits the engine error fields into file paths', () => {
  expect(fieldPath('price.C')).toEqual(['price', 'C']);
  expect(fieldPath('priority[2]')).toEqual(['priority', 2]);
  expect(fieldPath('budget')).toEqual(['budget']);
});

describe('runGame with a decisions file', () => {
  it('plays the filled and held decisions, the same game as the engine played directly', () => {
    const text =
      '2024Q1:\n  NCL: { price: { C: -0.1 }, gpuCapex: 0.5 }\n2024Q3:\n  NCL: { rnd: 0.3 }\n';
    const run = runGame({ scenario: duopoly, humans: ['NCL'], quarters: 4 }, 3, {
      script: script(duopoly, text, ['NCL']),
    });
    const played = run.quarters.map((q) => q.providers.NCL!.decision);
    // No history before 2024Q1 in this scenario: the fields are put over the panel's first draft.
    const started = startGame(duopoly, { seed: 3, humans: ['NCL'] });
    expect(started.history).toHaveLength(0);
    let state = started.state;
    const expected: Decision[] = [];
    const entries: Record<number, Partial<Decision>> = {
      0: { gpuCapex: 0.5 },
      2: { rnd: 0.3 },
    };
    for (let q = 0; q < 4; q++) {
      const held = holdDecision(duopoly, state, 'NCL', expected[q - 1]);
      const decision: Decision = { ...held, ...entries[q] };
      if (q === 0) decision.price = { ...held.price, C: -0.1 };
      expected.push(decision);
      state = playQuarter(duopoly, state, { NCL: decision }).state;
    }
    expect(played).toEqual(expected);
    // The panel's hold: a price change is one quarter's move, never repeated (the old file
    // semantics repeated it, so "hold" cut prices again every quarter).
    expect(played[0]!.price.C).toBe(-0.1);
    expect(played[1]!.price).toEqual({ C: 0, S: 0, T: 0 });
    expect(played[2]!.rnd).toBe(0.3);
    expect(played[3]!.rnd).toBe(0.3);
    // The computer-run rival is not touched by the file.
    expect(run.quarters[0]!.providers.SCL!.reason).not.toBeNull();

    expect(run.finalHash).toBe(stateHash(state));
    expect(run.score.NCL!.total).toBe(score(duopoly, state, 'NCL').score);
  });

  it('with history before the first quarter, a human first holds its last history course', () => {
    const started = startGame(china, { seed: 1, humans: ['ALI'] });
    const last = started.history[started.history.length - 1]!;
    const ali = last.providers.find((p) => p.id === 'ALI')!.decision;
    const run = runGame({ scenario: china, humans: ['ALI'], quarters: 1 }, 1, {
      script: script(china, `${china.start}:\n  ALI: { rnd: 1.5 }\n`, ['ALI']),
    });
    const held = holdDecision(china, started.state, 'ALI', ali);
    expect(run.quarters[0]!.providers.ALI!.decision).toEqual({ ...held, rnd: 1.5 });
  });

  it('a value the engine refuses is located in the file with its field', () => {
    const text = '2024Q1:\n  NCL: {}\n2024Q2:\n  NCL: { gpuCapex: 900, price: { C: -0.9 } }\n';
    const play = () =>
      runGame({ scenario: duopoly, humans: ['NCL'], quarters: 3 }, 1, {
        script: script(duopoly, text, ['NCL']),
      });
    expect(play).toThrow(UsageError);
    const lines = (() => {
      try {
        play();
        return [];
      } catch (e) {
        return (e as Error).message.split('\n');
      }
    })();
    expect(lines[0]).toBe("decisions file d.yaml: the engine refuses 2024Q2's decision(s):");
    expect(lines[1]).toMatch(
      /^ {2}d\.yaml:4:20: 2024Q2\.NCL\.gpuCapex: gpuCapex is 900 CNY B, above the maximum/,
    );
    expect(lines[2]).toMatch(
      /^ {2}d\.yaml:4:37: 2024Q2\.NCL\.price\.C: price\.C is -0\.9, below the minimum -0\.4$/,
    );
  });

  it('a held course is fitted to the means, as the panel draft is, not refused', async () => {
    // R&D of CNY 3 B a quarter written in 2024Q1 outruns the cash by 2024Q3. The panel's held
    // draft trims spending to what the provider can pay; the file's hold is the same draft.
    const text = '2024Q1:\n  NCL: { rnd: 3 }\n2024Q2:\n  NCL: { price: { C: -0.05 } }\n';
    const file = join(dir, 'spend.yaml');
    await writeFile(file, text);
    const result = await cliInProcess([
      '--scenario',
      'classroom-duopoly',
      '--decisions',
      file,
      '--quarters',
      '4',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      quarters: { providers: Record<string, { decision: Decision }> }[];
    };
    const rnd = out.quarters.map((q) => q.providers.NCL!.decision.rnd);
    expect(rnd[0]).toBe(3);
    expect(rnd[3]).toBeLessThan(3);
    expect(out.quarters[2]!.providers.NCL!.decision.price.C).toBe(0);
  });
});

describe('sim --decisions in-process', () => {
  it('takes the humans from the file when --human is not given, and exits 0', async () => {
    const file = join(dir, 'humans.json');
    await writeFile(file, JSON.stringify({ '2024Q1': { SCL: { rnd: 0.2 } } }));
    const result = await cliInProcess([
      '--scenario',
      'classroom-duopoly',
      '--decisions',
      file,
      '--quarters',
      '2',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      quarters: { providers: Record<string, { decision: Decision; reason: unknown }> }[];
      score: Record<string, unknown>;
    };
    expect(Object.keys(out.score)).toEqual(['SCL']);
    expect(out.quarters[0]!.providers.SCL!.reason).toBeNull();
    expect(out.quarters[1]!.providers.SCL!.decision.rnd).toBe(0.2);
  });

  it('a bad file exits 2 with every problem located, and prints nothing on stdout', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, '2024Q1:\n  NCL: { gpuCapx: 1 }\n');
    const result = await cliInProcess(['--scenario', 'classroom-duopoly', '--decisions', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `sim: decisions file ${file} has 1 problem(s):\n  ${file}:2:10: 2024Q1.NCL.gpuCapx: unknown field \`gpuCapx\` (did you mean \`gpuCapex\`?)\n`,
    );
  });

  it("the README's example plays the whole default scenario", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(example).toContain('ALI:');
    const file = join(dir, 'readme.yaml');
    await writeFile(file, example);
    const result = await cliInProcess([
      '--scenario',
      'china-2023-price-war',
      '--decisions',
      file,
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      quarters: { providers: Record<string, { decision: Decision }> }[];
    };
    expect(out.quarters).toHaveLength(china.quarters);
    expect(out.quarters[1]!.providers.ALI!.decision.price.C).toBe(-0.15);
    expect(out.quarters[china.quarters - 1]!.providers.ALI!.decision.rnd).toBe(3);
  });

  it('a missing file exits 2 naming it', async () => {
    const file = join(dir, 'nowhere.yaml');
    const result = await cliInProcess(['--scenario', 'classroom-duopoly', '--decisions', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`sim: --decisions ${file}: no such file\n`);
  });
});
