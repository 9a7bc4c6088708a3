// The scenarios that ship with the game. Vite validates and normalises every scenarios/*.yaml
// at build time (vite.config.ts, `virtual:shipped-scenarios`) with the same loader as the
// command line, so the page only freezes and orders them.

import shipped from 'virtual:shipped-scenarios';
import type { Scenario } from './engine/index.ts';

export interface ShippedScenario {
  id: string;
  file: string;
  text: string;
  scenario: Scenario;
}

/** Display order of the start screen: the default scenario first. */
const ORDER = [
  'china-2023-price-war',
  'china-2021-long-slide',
  'token-war-2024',
  'classroom-duopoly',
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function shippedScenarios(): ShippedScenario[] {
  const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return shipped
    .map((entry) => ({ ...entry, scenario: deepFreeze(entry.scenario) }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
