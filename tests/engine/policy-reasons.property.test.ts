// Rivals' stated reasons are true (contract C2): over random seeds and random human decisions
// in the default scenario, every number a reason carries is the number the decision made or
// the public figure the policy read, and every claim its text makes follows from them.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState, ProviderReport, Scenario } from '../../game/engine/index.ts';
import { LINES, reasonText } from '../../game/engine/index.ts';
import { signedPercent } from '../../game/engine/policies/reasons.ts';
import { worldAt } from '../../game/engine/world.ts';
import { genesArb } from '../helpers/drafts.ts';
import { play } from '../helpers/play.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
});

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Every problem with one provider's reason, given the state it decided from. */
/**
 * `answered`: the provider answered a dilemma this quarter. An answer can release weights on
 * top of the policy's move (the news says so); the reason then need not claim it, but a reason
 * may never claim a release that did not happen.
 */
function reasonProblems(
  prev: GameState,
  pr: ProviderReport,
  p: number,
  answered: boolean,
): string[] {
  const reason = pr.reason;
  if (pr.controller === 'human') return reason === undefined ? [] : ['a human has a reason'];
  if (!reason) return ['no reason'];
  const out: string[] = [];
  const bad = (what: string) => out.push(`${pr.id} ${reason.code}: ${what}`);
  const params = reason.params;
  const d = pr.decision;
  const self = prev.providers[p]!;
  const spec = scenario.providers[p]!;
  const world = worldAt(scenario, prev.draws, prev.t + 1);
  const text = reasonText(reason);
  // Price changes: the reason's numbers are the decision's, on every line sold.
  LINES.forEach((line, k) => {
    const sells = spec.lines.includes(line) && (line === 'T' || spec.iaas);
    const open = line !== 'T' || world.tokenOpen;
    if (sells && open) {
      if (params[line] !== d.price[line]) bad(`${line} ${params[line]} ≠ ${d.price[line]}`);
      const word = { C: 'compute', S: 'storage', T: 'tokens' }[line];
      if (!text.en.includes(`${word} ${signedPercent(d.price[line])}`))
        bad(`text does not say ${word} ${signedPercent(d.price[line])}: ${text.en}`);
    } else if (params[line] !== undefined) bad(`claims a ${line} move it cannot make`);
    if (line === 'T' && params['tokenPrice'] !== undefined)
      if (!close(params['tokenPrice'] as number, self.price[k]! * (1 + d.price.T)))
        bad('token price is not the price after the change');
  });
  // A named rival is another provider, and its figures are last quarter's public ones.
  const rivalIndex = scenario.providers.findIndex((s) => s.id === params['rival']);
  const rival = rivalIndex >= 0 ? prev.providers[rivalIndex]! : undefined;
  if (params['rival'] !== undefined && params['rival'] !== '') {
    if (!rival || rivalIndex === p) bad(`names ${params['rival']}, not a rival`);
    if (
      rival &&
      params['rivalChange'] !== undefined &&
      params['rivalChange'] !== rival.priceChange[0]
    )
      bad('rival change is not the rival’s last change');
  }
  const released = text.en.includes('released its weights');
  if (released ? !d.openSource : d.openSource && !answered)
    bad(`says released=${released}, decision openSource=${d.openSource}`);
  const newC = self.price[0]! * (1 + d.price.C);
  switch (reason.code) {
    case 'open-weights-path': {
      if (params['unitCost'] !== self.last.unitCost[2]) bad('unit cost is not last quarter’s');
      const below = text.en.includes(', below its unit cost');
      const above = text.en.includes(', above its unit cost');
      const price = params['tokenPrice'] as number;
      const cost = params['unitCost'] as number;
      if (below && !(price < cost)) bad('says below cost but price ≥ cost');
      if (above && !(price >= cost)) bad('says above cost but price < cost');
      if ((below || above) !== self.last.served[2]! > 0) bad('costs with nothing served');
      break;
    }
    case 'penetration-tokens':
      if (params['unitCost'] !== self.last.unitCost[2]) bad('unit cost is not last quarter’s');
      if (!rival || params['rivalPrice'] !== rival.price[2]) bad('rival token price is wrong');
      if (params['losses'] !== self.tokenLosses) bad('losses are not the running total');
      break;
    case 'follow-match':
    case 'punish':
      if (!rival || !close(params['gapAfter'] as number, newC / rival.price[0]! - 1))
        bad('gap after the move is not own new price over the rival’s');
      if (reason.code === 'punish') {
        const cut = params['rivalCut'] as number;
        if (!(cut >= spec.policy.punishThreshold)) bad('punishes a cut under the threshold');
        const seen = rival?.cutHistory.some((c) => close(-Math.min(c[0]!, c[1]!), cut));
        if (!seen) bad('the cut it punishes is not in the rival’s history');
      }
      break;
    case 'hybrid-follow': {
      const ref = world.referencePrice[0]! / world.previousReferencePrice[0]! - 1;
      if (!(d.price.C < ref + 1e-12 || d.price.S < ref + 1e-12))
        bad('follows a cut without cutting');
      break;
    }
    case 'margin-hold':
    case 'margin-trim':
      if (
        reason.code === 'margin-hold' &&
        !close(params['margin'] as number, 1 - self.last.unitCost[0]! / self.price[0]!)
      )
        bad('margin is not last quarter’s cost over price');
      break;
    case 'best-response':
      if (!((params['forecast'] as number) > (params['baseline'] as number)))
        bad('moved for a forecast no better than the usual move');
      break;
    case 'track-path':
      if (spec.iaas) {
        const ref = world.referencePrice[0]! / world.previousReferencePrice[0]! - 1;
        if (
          spec.policy.kind === 'history' &&
          Math.abs(d.price.C - ref) > 1e-9 &&
          self.price[0]! * (1 + ref) > 0
        )
          bad(`says it tracked the path but changed compute ${d.price.C} vs ${ref}`);
      }
      break;
    default:
      break;
  }
  if (params['then'] === 'cash-buffer') {
    if (params['cash'] !== self.cash) bad('cash is not the cash it decided with');
    if (params['floor'] !== scenario.market.minCash) bad('floor is not market.minCash');
    const scale = params['scale'] as number;
    if (!(scale >= 0 && scale < 1)) bad(`held spending to ${scale} of plan`);
  }
  if (text.en.length < 20 || text.zh.length < 8) bad('text too short');
  if (/[,;:]/.test(text.zh)) bad(`half-width punctuation in zh: ${text.zh}`);
  return out;
}

describe('rival reasons', () => {
  it('carry the numbers their decisions made, for any seed and human play', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom('ALI', 'TEN', 'VOL', 'HUA'),
        fc.array(genesArb(scenario.segments.length), { minLength: 6, maxLength: 6 }),
        (seed, human, plan) => {
          const problems: string[] = [];
          const played = play(scenario, {
            seed,
            humans: [human],
            plan: plan.map((g) => [g]),
          });
          played.reports.forEach((report, i) => {
            report.providers.forEach((pr, p) =>
              problems.push(
                ...reasonProblems(
                  played.states[i]!,
                  pr,
                  p,
                  report.dilemmas.some((c) => c.provider === pr.id),
                ).map((x) => `${report.quarter} ${x}`),
              ),
            );
          });
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 6 },
    );
  });
});
