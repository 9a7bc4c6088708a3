// Line colours the debrief's charts share: the team's own colour for its run, a light grey
// for history (printed dark grey, see charts.ts), sky blue for the counterfactual branch.

import type { Scenario } from '../../engine/index.ts';

export const HISTORY_GREY = '#c9d1e0';
export const BRANCH_BLUE = '#56B4E9';

export function teamColour(scenario: Scenario, team: string): string {
  return scenario.providers.find((p) => p.id === team)?.colour ?? '#ffffff';
}
