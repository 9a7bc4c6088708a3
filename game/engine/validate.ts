// validateDecision: checks a draft against the bounds of the scenario and the provider's means
// for the coming quarter. It reports every problem it finds and never changes a value: a
// draft is either taken as it is or rejected with reasons.

import { DECISION_FIELDS, fieldBounds, readPath } from './decision-fields.ts';
import type { DecisionField } from './decision-fields.ts';
import { dilemmasAt } from './dilemmas.ts';
import { indexOf } from './indices.ts';
import { spendingRoom } from './means.ts';
import type { Decision, DecisionError, GameState, Scenario, ValidationResult } from './types.ts';
import { LINE_INDEX } from './types.ts';
import { worldAt } from './world.ts';

export { gpuCapexLimit, spendingRoom } from './means.ts';

function finiteNumber(errors: DecisionError[], field: string, value: unknown): value is number {
  if (typeof value === 'number' && Number.isFinite(value)) return true;
  errors.push({
    field,
    code: 'decision/not_a_number',
    message: `${field} must be a finite number`,
  });
  return false;
}

/** The unit a message prints after a number of this field. */
function unitSuffix(field: DecisionField): string {
  return field.unit === 'cnyB' ? ' CNY B' : '';
}

function range(
  errors: DecisionError[],
  field: string,
  value: number,
  low: number,
  high: number,
  unit: string,
): void {
  if (value < low)
    errors.push({
      field,
      code: 'decision/below_minimum',
      message: `${field} is ${value}${unit}, below the minimum ${low}${unit}`,
      limit: low,
      value,
    });
  else if (value > high)
    errors.push({
      field,
      code: 'decision/above_maximum',
      message: `${field} is ${value}${unit}, above the maximum ${high}${unit}`,
      limit: high,
      value,
    });
}

export function validateDecision(
  scenario: Scenario,
  state: GameState,
  providerId: string,
  draft: unknown,
): ValidationResult {
  const errors: DecisionError[] = [];
  const index = indexOf(scenario);
  const p = index.providerIndex.get(providerId);
  if (p === undefined)
    return {
      ok: false,
      errors: [
        {
          field: 'provider',
          code: 'decision/unknown_provider',
          message: `no provider ${providerId} in ${scenario.id}`,
        },
      ],
    };
  if (typeof draft !== 'object' || draft === null)
    return {
      ok: false,
      errors: [
        {
          field: 'decision',
          code: 'decision/not_an_object',
          message: 'a decision must be an object',
        },
      ],
    };
  const d = draft as Partial<Decision>;
  const ps = state.providers[p]!;
  const world = worldAt(scenario, state.draws, state.t + 1, state.choices, state.injected);

  for (const f of DECISION_FIELDS) {
    const bounds = fieldBounds(f, scenario, state, p);
    if (!bounds) continue;
    const value = readPath(d, f.path);
    if (!finiteNumber(errors, f.path, value)) continue;
    if (f.bounds.kind === 'line') {
      const k = LINE_INDEX[f.bounds.line];
      const sells = index.sells[k]![p]! && (k < 2 || world.tokenOpen);
      if (!sells) {
        if (value !== 0)
          errors.push({
            field: f.path,
            code: 'decision/line_not_sold',
            message: `${providerId} does not sell line ${f.bounds.line} this quarter; its price change must be 0`,
            value,
          });
        continue;
      }
      range(errors, f.path, value, bounds.min, bounds.max, unitSuffix(f));
      const floor = scenario.lines[f.bounds.line].floor * world.referencePrice[k]!;
      const next = ps.price[k]! * (1 + value);
      if (next < floor - 1e-12)
        errors.push({
          field: f.path,
          code: 'decision/below_floor',
          message: `${f.path} would set the price to ${next.toPrecision(4)}, below the floor ${floor.toPrecision(4)}`,
          limit: floor,
          value: next,
        });
      continue;
    }
    range(errors, f.path, value, bounds.min, bounds.max, unitSuffix(f));
    if (f.path === 'projectExit') checkIntegration(errors, scenario, ps.integration, value);
  }
  if (typeof d.openSource !== 'boolean')
    errors.push({
      field: 'openSource',
      code: 'decision/not_a_boolean',
      message: 'openSource must be true or false',
    });
  else if (d.openSource && ps.openSourceCooldown > 0)
    errors.push({
      field: 'openSource',
      code: 'decision/open_source_cooldown',
      message: `an open-weights release is possible again in ${ps.openSourceCooldown} quarter(s)`,
    });
  if (!Array.isArray(d.priority))
    errors.push({
      field: 'priority',
      code: 'decision/not_a_list',
      message: 'priority must be a list of segment ids',
    });
  else {
    const seen = new Set<string>();
    d.priority.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !index.segmentIndex.has(id))
        errors.push({
          field: `priority[${i}]`,
          code: 'decision/unknown_segment',
          message: `priority[${i}] is not a segment of ${scenario.id}: ${String(id)}`,
        });
      else if (seen.has(id))
        errors.push({
          field: `priority[${i}]`,
          code: 'decision/duplicate_segment',
          message: `priority lists ${id} twice`,
        });
      else seen.add(id);
    });
  }

  checkAnswers(errors, scenario, state.t + 1, p, d.dilemma);

  if (errors.length === 0) {
    const decision = d as Decision;
    const committed =
      decision.gpuCapex +
      decision.dcCapex +
      decision.rnd +
      decision.ecosystem +
      decision.security +
      decision.creditDeal.amount * (1 - decision.creditDeal.creditFraction);
    const room = spendingRoom(scenario, state, p);
    if (committed > room + 1e-9)
      errors.push({
        field: 'budget',
        code: 'decision/unaffordable',
        message: `the draft commits ${committed.toFixed(2)} CNY B but only ${room.toFixed(2)} CNY B of cash and credit line is available`,
        limit: room,
        value: committed,
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  const ok = d as Decision;
  return {
    ok: true,
    decision: {
      price: { C: ok.price.C, S: ok.price.S, T: ok.price.T },
      gpuCapex: ok.gpuCapex,
      dcCapex: ok.dcCapex,
      rnd: ok.rnd,
      trainShare: ok.trainShare,
      ecosystem: ok.ecosystem,
      creditDeal: { amount: ok.creditDeal.amount, creditFraction: ok.creditDeal.creditFraction },
      security: ok.security,
      projectExit: ok.projectExit,
      openSource: ok.openSource,
      priority: ok.priority.slice(),
      // Only answered decisions carry the field, so older logs keep their exact shape.
      ...(ok.dilemma !== undefined && Object.keys(ok.dilemma).length > 0
        ? { dilemma: { ...ok.dilemma } }
        : {}),
    },
  };
}

/** Exits may not push integration capability outside the scenario's band. */
function checkIntegration(
  errors: DecisionError[],
  scenario: Scenario,
  integration: number,
  exit: number,
): void {
  const after = integration * (1 - exit);
  const k = scenario.market.stocks;
  if (after < k.integrationMin - 1e-12)
    errors.push({
      field: 'projectExit',
      code: 'decision/integration_floor',
      message: `projectExit would cut integration capability to ${after.toFixed(3)}, below ${k.integrationMin}`,
      limit: k.integrationMin,
      value: exit,
    });
  if (after > k.integrationMax + 1e-12)
    errors.push({
      field: 'projectExit',
      code: 'decision/integration_ceiling',
      message: `projectExit would raise integration capability to ${after.toFixed(3)}, above ${k.integrationMax}`,
      limit: k.integrationMax,
      value: exit,
    });
}

/** A decision may answer only this quarter's dilemmas for its provider, each with one of its options. */
function checkAnswers(
  errors: DecisionError[],
  scenario: Scenario,
  t: number,
  provider: number,
  answers: unknown,
): void {
  if (answers === undefined) return;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    errors.push({
      field: 'dilemma',
      code: 'decision/not_an_object',
      message: 'dilemma must map dilemma ids to option ids',
    });
    return;
  }
  const open = dilemmasAt(scenario, t, provider);
  for (const [id, option] of Object.entries(answers)) {
    const field = `dilemma.${id}`;
    const dilemma = open.find((x) => x.id === id);
    if (!dilemma)
      errors.push({
        field,
        code: 'decision/no_such_dilemma',
        message: `${id} is not a dilemma put to ${scenario.providers[provider]!.id} this quarter${
          open.length > 0 ? ` (open: ${open.map((x) => x.id).join(', ')})` : ''
        }`,
      });
    else if (!dilemma.options.some((o) => o.id === option))
      errors.push({
        field,
        code: 'decision/no_such_option',
        message: `${String(option)} is not an option of ${id}; choose ${dilemma.options.map((o) => o.id).join(', ')}`,
      });
  }
}
