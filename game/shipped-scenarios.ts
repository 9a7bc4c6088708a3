// The scenarios that ship with the game, bundled as text by Vite and parsed with the same
// loader as the command line, so a bad file is caught with its line and column here too.

import { loadScenarioText } from './scenario/load.ts';
import type { Scenario } from './engine/index.ts';

export interface ShippedScenario {
  id: string;
  file: string;
  text: string;
  scenario: Scenario;
}

const files = import.meta.glob('../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Display order of the start screen: the default scenario first. */
const ORDER = [
  'china-2023-price-war',
  'china-2021-long-slide',
  'token-war-2024',
  'classroom-duopoly',
];

export function shippedScenarios(): ShippedScenario[] {
  const list: ShippedScenario[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.split('/').pop()!;
    const loaded = loadScenarioText(text, file);
    if (!loaded.ok) {
      // A shipped file that does not load is a build error: the tests load every one.
      console.error(`cannot load ${file}`, loaded.errors);
      continue;
    }
    list.push({ id: loaded.scenario.id, file, text, scenario: loaded.scenario });
  }
  const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return list.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
