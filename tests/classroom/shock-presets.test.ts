// The console's shocks fit the scenario they are built from: every kind, on every target it
// offers, at both ends of its size, passes the scenario file's own rules for events.

import { describe, expect, it } from 'vitest';
import { SHOCK_KINDS, shockEvent, shockTargets } from '../../game/classroom/shock-presets.ts';
import { checkInjected } from '../../game/scenario/injected-event.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

const SIZES = { gpu: [10, 90], demand: [-50, 100], trust: [1, 50] } as const;

describe('console shock presets', () => {
  it('pass the scenario rules for every kind, target and size, in every shipped scenario', async () => {
    for (const file of shippedScenarioFiles()) {
      const scenario = await loadScenario(file);
      let now = 0;
      for (const kind of SHOCK_KINDS) {
        const targets = shockTargets(kind, scenario);
        for (const target of targets.length > 0 ? targets : ['']) {
          for (const size of SIZES[kind]) {
            const event = shockEvent({ kind, target, size }, scenario, ++now);
            const checked = checkInjected(scenario, event);
            expect(checked.ok, `${file} ${kind} ${target} ${size}`).toBe(true);
          }
        }
      }
    }
  });

  it('names its size in both languages and gets a new id each time', async () => {
    const scenario = await loadScenario(shippedScenarioFiles()[0]!);
    const a = shockEvent(
      { kind: 'demand', target: scenario.segments[0]!.id, size: -20 },
      scenario,
      1,
    );
    const b = shockEvent(
      { kind: 'demand', target: scenario.segments[0]!.id, size: -20 },
      scenario,
      2,
    );
    expect(a.title.en).toContain('−20%');
    expect(a.title.zh).toContain('减少 20%');
    expect(a.id).not.toBe(b.id);
  });
});
