// The three China scenarios share one world (calibrated once); only the start, objectives and
// random deck differ. A change made to one file and not the others fails here.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

const FILES = ['china-2021-long-slide', 'china-2023-price-war', 'token-war-2024'];

describe('China scenarios', () => {
  it('share lines, market, segments, providers and events', async () => {
    const loaded = await Promise.all(FILES.map((id) => loadScenarioFile(`scenarios/${id}.yaml`)));
    const worlds = loaded.map((l) => {
      if (!l.ok) throw new Error(JSON.stringify(l.errors));
      const { lines, market, segments, providers, events, origin } = l.scenario;
      return { lines, market, segments, providers, events, origin };
    });
    expect(worlds[1]).toEqual(worlds[0]);
    expect(worlds[2]).toEqual(worlds[0]);
  });
});
