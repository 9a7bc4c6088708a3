// Dilemmas: a human's answer travels in the decision, adds its stated amounts to that quarter's
// decision and fires its effects for the chooser only; policies answer by their kind; answers
// are validated, replayed from the log, and recorded in the state so lasting effects expire on
// time. Plus the starting draft that holds last quarter's course.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  holdDecision,
  openDilemmas,
  playQuarter,
  replay,
  startGame,
  suggestDecision,
  validateDecision,
} from '../../game/engine/index.ts';
import type { Decision, GameState, Scenario } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let classroom: Scenario;
let china: Scenario;
beforeAll(async () => {
  classroom = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
  china = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
});

/** Plays the advisor until `provider` faces `dilemma`; returns that state. */
function untilAsked(scenario: Scenario, provider: string, dilemma: string): GameState {
  let state = startGame(scenario, { seed: 7, humans: [provider] }).state;
  for (let i = 0; i < scenario.quarters; i++) {
    if (openDilemmas(scenario, state, provider).some((d) => d.id === dilemma)) return state;
    const d = suggestDecision(scenario, state, provider).decision;
    state = playQuarter(scenario, state, { [provider]: d }).state;
  }
  throw new Error(`${provider} is never asked ${dilemma}`);
}

function answered(
  scenario: Scenario,
  state: GameState,
  who: string,
  answers: Record<string, string>,
): Decision {
  return { ...holdDecision(scenario, state, who), dilemma: answers };
}

describe('answering a dilemma', () => {
  it('adds the option’s credit deal to the decision and its utility to the chooser only, for its quarters', () => {
    const state = untilAsked(classroom, 'NCL', 'startup-equity');
    const invest = playQuarter(classroom, state, {
      NCL: answered(classroom, state, 'NCL', { 'startup-equity': 'invest' }),
    });
    const pass = playQuarter(classroom, state, {
      NCL: answered(classroom, state, 'NCL', { 'startup-equity': 'pass' }),
    });
    const ncl = (r: typeof invest) => r.report.providers.find((p) => p.id === 'NCL')!;
    expect(ncl(invest).decision.creditDeal).toEqual({ amount: 0.5, creditFraction: 0.8 });
    expect(ncl(pass).decision.creditDeal.amount).toBe(0);
    expect(invest.report.dilemmas).toContainEqual({
      t: state.t + 1,
      dilemma: 'startup-equity',
      option: 'invest',
      provider: 'NCL',
    });
    // The news carries every provider's answer; the rival (a price follower) passes.
    const news = invest.report.events.filter((e) => e.id === 'startup-equity');
    expect(news.map((e) => [e.provider, e.option])).toEqual([
      ['NCL', 'invest'],
      ['SCL', 'pass'],
    ]);
    // +0.3 utility in start-up compute for NCL alone, from this quarter for 6 quarters.
    const stu = classroom.segments.findIndex((s) => s.id === 'STU');
    const t0 = state.t + 1;
    for (const [t, expected] of [
      [t0, 0.3],
      [t0 + 5, 0.3],
      [t0 + 6, 0],
    ] as const) {
      const w = worldAt(classroom, [], t, invest.state.choices);
      expect(w.eventUtility[stu]![0]![0]).toBeCloseTo(expected, 12);
      expect(w.eventUtility[stu]![0]![1]).toBe(0);
    }
    expect(worldAt(classroom, [], t0, pass.state.choices).eventUtility[stu]![0]![0]).toBe(0);
    // And it moves the market: NCL ends the quarter with more of the start-up segment.
    const share = (r: typeof invest) => r.state.markets[stu * 3]!.share[0]!;
    expect(share(invest)).toBeGreaterThan(share(pass));
  });

  it('an unanswered dilemma takes its default; project exit is added within bounds', () => {
    const state = untilAsked(classroom, 'NCL', 'integration-projects');
    const silent = playQuarter(classroom, state, { NCL: holdDecision(classroom, state, 'NCL') });
    expect(silent.report.dilemmas.find((c) => c.provider === 'NCL')?.option).toBe('keep');
    const drop = playQuarter(classroom, state, {
      NCL: answered(classroom, state, 'NCL', { 'integration-projects': 'drop' }),
    });
    expect(drop.report.providers[0]!.decision.projectExit).toBeCloseTo(0.33, 12);
    expect(drop.state.providers[0]!.integration).toBeLessThan(
      silent.state.providers[0]!.integration,
    );
  });

  it('computer-run providers answer by their policy kind', () => {
    const state = untilAsked(china, 'ALI', 'startup-equity');
    const step = playQuarter(china, state, { ALI: holdDecision(china, state, 'ALI') });
    const answer = (id: string) =>
      step.report.dilemmas.find((c) => c.provider === id && c.dilemma === 'startup-equity')?.option;
    expect(answer('TEN')).toBe('invest'); // price follower
    expect(answer('VOL')).toBe('invest'); // penetration pricer
    expect(answer('HUA')).toBe('pass'); // hybrid specialist: no preference, the default
    expect(answer('LAB')).toBeUndefined(); // token-only lab: not an IaaS provider, not asked
    expect(answer('ALI')).toBe('pass'); // the human, silent: the default
  });

  it('the advisor suggests the answer the provider’s own policy would give', () => {
    const state = untilAsked(china, 'TEN', 'startup-equity');
    expect(suggestDecision(china, state, 'TEN').decision.dilemma).toEqual({
      'startup-equity': 'invest',
    });
    expect(suggestDecision(china, state, 'HUA').decision.dilemma).toEqual({
      'startup-equity': 'pass',
    });
  });

  it('refuses answers to dilemmas not put this quarter and options that do not exist', () => {
    const state = untilAsked(classroom, 'NCL', 'startup-equity');
    const base = holdDecision(classroom, state, 'NCL');
    const wrong = validateDecision(classroom, state, 'NCL', {
      ...base,
      dilemma: { 'integration-projects': 'drop' },
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.errors[0]).toMatchObject({
        field: 'dilemma.integration-projects',
        code: 'decision/no_such_dilemma',
      });
      expect(wrong.errors[0]!.message).toContain('open: startup-equity');
    }
    const bad = validateDecision(classroom, state, 'NCL', {
      ...base,
      dilemma: { 'startup-equity': 'maybe' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/choose invest, pass/);
    const notMap = validateDecision(classroom, state, 'NCL', { ...base, dilemma: ['invest'] });
    expect(notMap.ok).toBe(false);
  });

  it('replays answers from the log to the same state, and the answer changes the state', () => {
    const start = startGame(classroom, { seed: 3, humans: ['NCL'] }).state;
    const run = (answer: string) => {
      let state = start;
      const log = [];
      for (let q = 0; q < 4; q++) {
        const open = openDilemmas(classroom, state, 'NCL');
        const d = suggestDecision(classroom, state, 'NCL').decision;
        if (open.some((x) => x.id === 'startup-equity')) d.dilemma = { 'startup-equity': answer };
        const step = playQuarter(classroom, state, { NCL: d });
        log.push(step.entry);
        state = step.state;
      }
      return { state, log };
    };
    const invest = run('invest');
    const pass = run('pass');
    expect(invest.log[1]!.decisions.NCL!.dilemma).toEqual({ 'startup-equity': 'invest' });
    expect(invest.log[3]!.hash).not.toBe(pass.log[3]!.hash);
    const again = replay(classroom, { seed: 3, humans: ['NCL'], log: invest.log });
    expect(again.state.choices).toEqual(invest.state.choices);
  });
});

describe('holdDecision', () => {
  it('holds prices and repeats spending but not one-off moves', () => {
    const state = startGame(classroom, { seed: 1, humans: ['NCL'] }).state;
    const previous: Decision = {
      ...suggestDecision(classroom, state, 'NCL').decision,
      price: { C: -0.1, S: -0.05, T: 0 },
      rnd: 0.05,
      creditDeal: { amount: 0.3, creditFraction: 0.5 },
      projectExit: 0.2,
      openSource: true,
      dilemma: { 'startup-equity': 'invest' },
    };
    const held = holdDecision(classroom, state, 'NCL', previous);
    expect(held.price).toEqual({ C: 0, S: 0, T: 0 });
    expect(held.rnd).toBe(0.05);
    expect(held.creditDeal).toEqual({ amount: 0, creditFraction: 0.5 });
    expect(held.projectExit).toBe(0);
    expect(held.openSource).toBe(false);
    expect(held.dilemma).toBeUndefined();
    expect(validateDecision(classroom, state, 'NCL', held).ok).toBe(true);
  });
});
