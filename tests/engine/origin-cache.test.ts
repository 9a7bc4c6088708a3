// The origin is built once per scenario (setup.ts) and copied for every game: games of one
// scenario must never share a piece of state, and only the generator and humans may differ.

import { expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import { originState } from '../../game/engine/setup.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

it('every game gets its own copy of the origin, equal but for the generator and humans', () => {
  const scenario = makeScenario();
  const first = originState(scenario, { seed: 1, humans: [] });
  const again = originState(scenario, { seed: 1, humans: [] });
  expect(again).toEqual(first);
  expect(stateHash(again)).toBe(stateHash(first));
  // Writing into one game's state (which the engine never does, but a caller might) leaves the
  // next game's origin as it was.
  first.providers[0]!.price[0] = 99;
  first.markets[0]!.share[0] = 0.5;
  first.constants[0]![0] = 7;
  const third = originState(scenario, { seed: 1, humans: [] });
  expect(third).toEqual(again);
  expect(third.providers[0]!.price).not.toBe(again.providers[0]!.price);

  const other = originState(scenario, { seed: 2, humans: [scenario.providers[0]!.id] });
  expect(other.rng).not.toEqual(again.rng);
  expect(other.humans).toEqual([scenario.providers[0]!.id]);
  expect({ ...other, rng: again.rng, humans: [] }).toEqual(again);
});
