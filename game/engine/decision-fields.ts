// DECISION_FIELDS: every field of a Decision, once. Validation checks its ranges from here, the
// error text picks its units from here, the save schema is built from here and the decision
// panel lays out its sections from here, so a new field or a new bound is one edit.
//
// Order matters: it is the order of the Decision type, in which validateDecision writes a
// decision and reports its problems and a save file reads it back, so it is declared here,
// never taken from object keys. A panel orders its sections by `group`.

import { gpuCapexLimit } from './means.ts';
import type { Decision, GameState, LineId, Scenario } from './types.ts';

/**
 * How a field's number reads: money in CNY B, a plain fraction (0.2 = 20 %), a price change
 * (-0.15 = cut 15 %), a switch, a list of segment ids, or dilemma answers (id -> option id).
 */
export type DecisionUnit = 'cnyB' | 'fraction' | 'change' | 'boolean' | 'list' | 'answers';

/** The panel section a field belongs to. */
export type DecisionGroup = 'prices' | 'invest' | 'credit' | 'projects' | 'priority' | 'dilemma';

/**
 * Where a numeric field's bounds come from:
 * - `static`: fixed numbers, the same in every scenario;
 * - `line`: the scenario's `lines[line].maxCut` .. `maxRise` (a price may also not fall below
 *   the line's floor, `floor` x the quarter's reference price: checked after the range);
 * - `gpuOrders`: 0 .. what GPU suppliers fill this quarter (`gpuCapexLimit`);
 * - `cashShare`: 0 .. `share` x the provider's cash (never below 0).
 * Non-numeric fields have `none`.
 */
export type BoundsRule =
  | { kind: 'static'; min: number; max: number }
  | { kind: 'line'; line: LineId }
  | { kind: 'gpuOrders' }
  | { kind: 'cashShare'; share: number }
  | { kind: 'none' };

/** Every path into a Decision, e.g. 'gpuCapex', 'price.C', 'creditDeal.amount'. */
export type DecisionPath =
  | `price.${LineId}`
  | `creditDeal.${keyof Decision['creditDeal']}`
  | Exclude<keyof Decision, 'price' | 'creditDeal'>;

export interface DecisionField {
  readonly path: DecisionPath;
  readonly unit: DecisionUnit;
  readonly group: DecisionGroup;
  /** Input step in the field's unit (CNY B, or fraction); null where there is no number. */
  readonly step: number | null;
  readonly bounds: BoundsRule;
  /** Counts against the quarter's shared spending room (cash plus unused credit line). */
  readonly spends: boolean;
  /** Absent from a decision that does not use it (older logs keep their exact shape). */
  readonly optional: boolean;
}

/** Far above any cloud budget (CNY B); keeps arithmetic finite. The shared room binds first. */
export const MAX_SPEND = 1e5;

function field(
  path: DecisionPath,
  unit: DecisionUnit,
  group: DecisionGroup,
  bounds: BoundsRule,
  extra: { step?: number | null; spends?: boolean; optional?: boolean } = {},
): DecisionField {
  const step = unit === 'cnyB' ? 0.1 : unit === 'fraction' || unit === 'change' ? 0.01 : null;
  return Object.freeze({
    path,
    unit,
    group,
    step: extra.step === undefined ? step : extra.step,
    bounds: Object.freeze(bounds),
    spends: extra.spends ?? false,
    optional: extra.optional ?? false,
  });
}

const money = { kind: 'static', min: 0, max: MAX_SPEND } as const;
const none = { kind: 'none' } as const;

export const DECISION_FIELDS: readonly DecisionField[] = Object.freeze([
  field('price.C', 'change', 'prices', { kind: 'line', line: 'C' }),
  field('price.S', 'change', 'prices', { kind: 'line', line: 'S' }),
  field('price.T', 'change', 'prices', { kind: 'line', line: 'T' }),
  field('gpuCapex', 'cnyB', 'invest', { kind: 'gpuOrders' }, { spends: true }),
  field('dcCapex', 'cnyB', 'invest', money, { spends: true }),
  field('rnd', 'cnyB', 'invest', money, { spends: true }),
  field('trainShare', 'fraction', 'invest', { kind: 'static', min: 0, max: 0.6 }),
  field('ecosystem', 'cnyB', 'invest', money, { spends: true }),
  // The cash part of a deal, amount x (1 - creditFraction), counts against the room.
  field('creditDeal.amount', 'cnyB', 'credit', { kind: 'cashShare', share: 0.1 }, { spends: true }),
  field('creditDeal.creditFraction', 'fraction', 'credit', { kind: 'static', min: 0, max: 0.8 }),
  field('security', 'cnyB', 'invest', money, { spends: true }),
  // A negative exit takes on integration projects; the capability itself stays between the
  // scenario's integrationMin and integrationMax (checked after the range).
  field('projectExit', 'fraction', 'projects', { kind: 'static', min: -0.05, max: 0.5 }),
  field('openSource', 'boolean', 'projects', none),
  field('priority', 'list', 'priority', none),
  field('dilemma', 'answers', 'dilemma', none, { optional: true }),
]);

const byPath = new Map<string, DecisionField>(DECISION_FIELDS.map((f) => [f.path, f]));

/** The field at `path` ('price.C', 'priority[2]' → priority), or undefined. */
export function decisionField(path: string): DecisionField | undefined {
  return byPath.get(path.replace(/\[\d+\]$/, '')) ?? byPath.get(path.split('.')[0]!);
}

/**
 * The unit an error about `path` is told in. 'budget' (the shared spending room) is money,
 * though it is no single field.
 */
export function unitOfPath(path: string): DecisionUnit | undefined {
  if (path === 'budget') return 'cnyB';
  return decisionField(path)?.unit;
}

/** A field's bounds for `provider` (index) in the quarter after `state`; null for non-numbers. */
export function fieldBounds(
  field: DecisionField,
  scenario: Scenario,
  state: GameState,
  provider: number,
): { min: number; max: number } | null {
  const rule = field.bounds;
  switch (rule.kind) {
    case 'static':
      return { min: rule.min, max: rule.max };
    case 'line': {
      const spec = scenario.lines[rule.line];
      return { min: spec.maxCut, max: spec.maxRise };
    }
    case 'gpuOrders':
      return { min: 0, max: gpuCapexLimit(scenario, state, provider) };
    case 'cashShare':
      return { min: 0, max: Math.max(0, rule.share * state.providers[provider]!.cash) };
    case 'none':
      return null;
  }
}

/** The value at `path` in a (possibly malformed) draft. */
export function readPath(draft: unknown, path: DecisionPath): unknown {
  let at: unknown = draft;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
