// Par: accepting the advisor's suggestion every quarter must score about par (40-70 / 100) in
// every shipped scenario, a better scripted strategy must beat it, and doing nothing (ending
// every quarter on the default draft, last quarter's course held) must not. The objectives are read
// from the scenario files, so re-tuning them (after rival policies change) needs no code change:
// edit targets and baselines in the YAML until these tests pass again.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fitToMeans,
  holdDecision,
  openDilemmas,
  score,
  suggestDecision,
} from '../../game/engine/index.ts';
import type { Decision, GameState, Scenario } from '../../game/engine/index.ts';
import { play } from '../helpers/play.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

type Rule = (scenario: Scenario, state: GameState, human: string) => Decision;

const advisor: Rule = (scenario, state, human) => suggestDecision(scenario, state, human).decision;

/**
 * The advisor's prices and capacity, but leaner overheads (half the ecosystem spend, 70 % of
 * R&D and security), no project exits, and the investment-side answer to every dilemma (lead
 * the round, build the centre, open the weights, keep the projects).
 */
const leanAndBold: Rule = (scenario, state, human) => {
  const d = structuredClone(suggestDecision(scenario, state, human).decision);
  d.ecosystem *= 0.5;
  d.rnd *= 0.7;
  d.security *= 0.7;
  d.projectExit = 0;
  const bold = new Set(['invest', 'build', 'open', 'keep']);
  const open = openDilemmas(scenario, state, human);
  if (open.length > 0)
    d.dilemma = Object.fromEntries(
      open.map((x) => [x.id, x.options.find((o) => bold.has(o.id))?.id ?? x.default]),
    );
  const p = scenario.providers.findIndex((x) => x.id === human);
  return fitToMeans(scenario, state, p, d);
};

/** The panel's default draft every quarter: list prices kept, last quarter's spending repeated. */
function holding(): Rule {
  let previous: Decision | undefined;
  return (scenario, state, human) => {
    previous = holdDecision(scenario, state, human, previous);
    return previous;
  };
}

function finalScore(scenario: Scenario, rule: Rule): number {
  const human = scenario.defaultHuman;
  const played = play(scenario, {
    seed: 1,
    humans: [human],
    decide: (state, h) => rule(scenario, state, h),
  });
  return score(scenario, played.states[played.states.length - 1]!, human).score;
}

const files = shippedScenarioFiles();
const scenarios = new Map<string, Scenario>();
beforeAll(async () => {
  for (const file of files) scenarios.set(file, await loadScenario(file));
});

describe.each(files.map((f) => [f.split('/').pop()!, f]))('par in %s', (_name, file) => {
  it('following the advisor every quarter scores 40-70 / 100', () => {
    const advisorScore = finalScore(scenarios.get(file)!, advisor);
    expect(advisorScore).toBeGreaterThanOrEqual(40);
    expect(advisorScore).toBeLessThanOrEqual(70);
  });

  it('holding last quarter’s course every quarter scores below the advisor', () => {
    const held = finalScore(scenarios.get(file)!, holding());
    expect(held).toBeLessThan(finalScore(scenarios.get(file)!, advisor));
  });

  it('leaner overheads with bold dilemma answers beat the advisor by 5 points or more', () => {
    const better = finalScore(scenarios.get(file)!, leanAndBold);
    expect(better).toBeGreaterThanOrEqual(finalScore(scenarios.get(file)!, advisor) + 5);
  });
});
