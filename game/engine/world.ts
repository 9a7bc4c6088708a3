// Exogenous conditions of quarter t, computed afresh from the scenario, the random draws, the
// dilemma answers and the teacher's injected events so far (GameState keeps only which card or
// answer, never its effects; an injected event is kept whole, as nothing else holds it): an
// event that is removed from a scenario leaves no trace, and every event fires exactly at its
// own quarter.

import { pow } from './portable-math.ts';
import { labelAt, quarterIndex, tOf } from './calendar.ts';
import { clamp, lerp } from './numeric.ts';
import type {
  DilemmaChoice,
  EffectSpec,
  InjectedEventAt,
  LineId,
  PathPoint,
  RandomDraw,
  Scenario,
  QuarterLabel,
} from './types.ts';
import { LINES, LINE_INDEX, TREND_DRIVERS } from './types.ts';

export interface FiredEvent {
  id: string;
  title: { en: string; zh: string };
  body: { en: string; zh: string };
  effects: EffectSpec[];
  provider?: string; // for random cards and dilemma answers
  /** Set for a dilemma answer: which option was taken. */
  option?: string;
  /** Set for an event the teacher injected into a class game (news marks it as the teacher's). */
  injected?: true;
}

export interface World {
  t: number;
  label: QuarterLabel;
  year: number;
  referencePrice: number[]; // per line
  previousReferencePrice: number[];
  gpuCapMultiplier: { nvidia: number; domestic: number };
  gpuCostMultiplier: { nvidia: number; domestic: number };
  gpuLead: number;
  frontier: number;
  frontierMoving: boolean;
  openFloor: number;
  throughputMultiplier: number;
  /** Level multiplier on spend at reference prices, [segment][line]. */
  demandMultiplier: number[][];
  /** Multiplier on the yearly growth rate, per segment. */
  growthMultiplier: number[];
  /** Utility shifts from events, [segment][line][provider]. */
  eventUtility: number[][][];
  /** Utility of trend effects [trend driver][segment][line][provider], TREND_DRIVERS order. */
  trendUtility: number[][][][];
  complianceCost: number;
  creditBurnMultiplier: number;
  tokenSpend: number; // CNY B/qtr at reference prices, before demand multipliers
  tokenOpen: boolean;
  /** One-off effects that fire this quarter. */
  fired: FiredEvent[];
}

/** Geometric interpolation along a path of points; flat before the first and after the last. */
export function pathValue(origin: QuarterLabel, points: readonly PathPoint[], t: number): number {
  if (points.length === 0) return 0;
  const first = points[0]!;
  if (t <= tOf(origin, first.quarter)) return first.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const ta = tOf(origin, a.quarter);
    const tb = tOf(origin, b.quarter);
    if (t <= tb) {
      if (a.value <= 0 || b.value <= 0) return lerp(a.value, b.value, (t - ta) / (tb - ta));
      return a.value * pow(b.value / a.value, (t - ta) / (tb - ta));
    }
  }
  return points[points.length - 1]!.value;
}

/** Step path: the value of the last point at or before t (the first point before it). */
function stepValue(origin: QuarterLabel, points: readonly PathPoint[], t: number): number {
  let value = points[0]!.value;
  for (const point of points) if (tOf(origin, point.quarter) <= t) value = point.value;
  return value;
}

function baseReferencePrice(scenario: Scenario, line: LineId, t: number): number {
  const spec = scenario.lines[line];
  if (spec.refPoints.length > 0) return stepValue(scenario.origin, spec.refPoints, t);
  return spec.refStart * pow(1 - spec.refDeclinePerYear, t / 4);
}

interface TimedEffect {
  effect: EffectSpec;
  since: number; // quarters since the event fired (0 = this quarter)
  provider?: string;
}

function effectsUpTo(
  scenario: Scenario,
  draws: readonly RandomDraw[],
  choices: readonly DilemmaChoice[],
  injected: readonly InjectedEventAt[],
  t: number,
): TimedEffect[] {
  const list: TimedEffect[] = [];
  for (const event of scenario.events) {
    const at = tOf(scenario.origin, event.quarter);
    if (at <= t) for (const effect of event.effects) list.push({ effect, since: t - at });
  }
  for (const draw of draws) {
    if (draw.t > t) continue;
    const card = scenario.randomEvents.cards.find((c) => c.id === draw.card);
    if (card)
      for (const effect of card.effects)
        list.push({ effect, since: t - draw.t, provider: draw.provider });
  }
  for (const choice of choices) {
    if (choice.t > t) continue;
    for (const effect of chosenOption(scenario, choice)?.effects ?? [])
      list.push({ effect, since: t - choice.t, provider: choice.provider });
  }
  for (const event of injected)
    if (event.t <= t) for (const effect of event.effects) list.push({ effect, since: t - event.t });
  return list;
}

function chosenOption(scenario: Scenario, choice: DilemmaChoice) {
  return scenario.dilemmas
    .find((d) => d.id === choice.dilemma)
    ?.options.find((o) => o.id === choice.option);
}

function firedAt(
  scenario: Scenario,
  draws: readonly RandomDraw[],
  choices: readonly DilemmaChoice[],
  injected: readonly InjectedEventAt[],
  t: number,
): FiredEvent[] {
  const fired: FiredEvent[] = [];
  for (const event of scenario.events)
    if (tOf(scenario.origin, event.quarter) === t)
      fired.push({ id: event.id, title: event.title, body: event.body, effects: event.effects });
  for (const draw of draws) {
    if (draw.t !== t) continue;
    const card = scenario.randomEvents.cards.find((c) => c.id === draw.card);
    if (card)
      fired.push({
        id: card.id,
        title: card.title,
        body: card.title,
        effects: card.effects,
        provider: draw.provider,
      });
  }
  for (const choice of choices) {
    if (choice.t !== t) continue;
    const dilemma = scenario.dilemmas.find((d) => d.id === choice.dilemma);
    const option = dilemma?.options.find((o) => o.id === choice.option);
    if (dilemma && option)
      fired.push({
        id: dilemma.id,
        title: dilemma.title,
        body: option.title,
        effects: option.effects,
        provider: choice.provider,
        option: option.id,
      });
  }
  for (const event of injected)
    if (event.t === t)
      fired.push({
        id: event.id,
        title: event.title,
        body: event.title,
        effects: event.effects,
        injected: true,
      });
  return fired;
}

/**
 * Resolves the placeholders: 'random' on a random card is the drawn provider, 'self' in a
 * dilemma option is the provider that chose it.
 */
export function effectProvider(id: string, drawn: string | undefined): string {
  return (id === 'random' || id === 'self') && drawn !== undefined ? drawn : id;
}

const worldCache = new WeakMap<Scenario, Map<string, World>>();

/**
 * The world of quarter t. It depends only on the scenario, t, the random draws, the dilemma
 * answers and the injected events up to t, so it is computed once and shared: callers must
 * treat it as read-only.
 */
export function worldAt(
  scenario: Scenario,
  draws: readonly RandomDraw[],
  t: number,
  choices: readonly DilemmaChoice[] = [],
  injected: readonly InjectedEventAt[] = NO_INJECTED,
): World {
  // Most calls in a quarter (every provider's spending limit, both worlds of resolveQuarter)
  // pass the very same lists: found by identity, without building the content key.
  const recent = recentWorlds.get(draws);
  if (recent)
    for (const hit of recent)
      if (
        hit.scenario === scenario &&
        hit.t === t &&
        hit.choices === choices &&
        hit.injected === injected &&
        hit.drawCount === draws.length &&
        hit.choiceCount === choices.length &&
        hit.injectedCount === injected.length
      )
        return hit.world;
  const world = worldByContent(scenario, draws, t, choices, injected);
  const entry = {
    scenario,
    t,
    choices,
    injected,
    drawCount: draws.length,
    choiceCount: choices.length,
    injectedCount: injected.length,
    world,
  };
  if (!recent) recentWorlds.set(draws, [entry]);
  else {
    // A handful per list: the quarter asked about and the next, with and without answers.
    if (recent.length >= 4) recent.shift();
    recent.push(entry);
  }
  return world;
}

interface RecentWorld {
  scenario: Scenario;
  t: number;
  choices: readonly DilemmaChoice[];
  injected: readonly InjectedEventAt[];
  drawCount: number;
  choiceCount: number;
  injectedCount: number;
  world: World;
}

/** The default list of injected events: one shared empty list, so cache hits stay by identity. */
const NO_INJECTED: readonly InjectedEventAt[] = [];

/** Worlds by the identity of the draw list they were computed from (see worldAt). */
const recentWorlds = new WeakMap<readonly RandomDraw[], RecentWorld[]>();

function worldByContent(
  scenario: Scenario,
  draws: readonly RandomDraw[],
  t: number,
  choices: readonly DilemmaChoice[],
  injected: readonly InjectedEventAt[],
): World {
  let cache = worldCache.get(scenario);
  if (!cache) {
    cache = new Map();
    worldCache.set(scenario, cache);
  }
  let key = String(t);
  for (const d of draws) if (d.t <= t) key += `|${d.t}:${d.card}:${d.provider}`;
  for (const c of choices) if (c.t <= t) key += `|${c.t}?${c.dilemma}:${c.option}:${c.provider}`;
  // The teacher chooses an injected event's parameters, so its whole content is in the key.
  for (const e of injected) if (e.t <= t) key += `|${e.t}!${JSON.stringify(e)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const world = computeWorld(scenario, draws, choices, injected, t);
  if (cache.size > 512) cache.clear();
  cache.set(key, world);
  return world;
}

function computeWorld(
  scenario: Scenario,
  draws: readonly RandomDraw[],
  choices: readonly DilemmaChoice[],
  injected: readonly InjectedEventAt[],
  t: number,
): World {
  const providerIds = scenario.providers.map((p) => p.id);
  const world: World = {
    t,
    label: labelAt(scenario.origin, t),
    year: Math.floor((quarterIndex(scenario.origin) + t) / 4),
    referencePrice: LINES.map((line) => baseReferencePrice(scenario, line, t)),
    previousReferencePrice: LINES.map((line) => baseReferencePrice(scenario, line, t - 1)),
    gpuCapMultiplier: { nvidia: 1, domestic: 1 },
    gpuCostMultiplier: { nvidia: 1, domestic: 1 },
    gpuLead: scenario.market.gpuLead,
    frontier: 0,
    frontierMoving: false,
    openFloor: pathValue(scenario.origin, scenario.market.openFloor, t),
    throughputMultiplier: 1,
    demandMultiplier: scenario.segments.map(() => LINES.map(() => 1)),
    growthMultiplier: scenario.segments.map(() => 1),
    eventUtility: scenario.segments.map(() => LINES.map(() => providerIds.map(() => 0))),
    trendUtility: TREND_DRIVERS.map(() =>
      scenario.segments.map(() => LINES.map(() => providerIds.map(() => 0))),
    ),
    complianceCost: 0,
    creditBurnMultiplier: 1,
    tokenSpend: 0,
    tokenOpen: t >= tOf(scenario.origin, scenario.market.tokenOpen),
    fired: firedAt(scenario, draws, choices, injected, t),
  };
  const frontierStart = tOf(scenario.origin, scenario.market.frontier.start);
  world.frontierMoving = t >= frontierStart;
  world.frontier =
    scenario.market.frontier.value +
    scenario.market.frontier.perQuarter * Math.max(0, t - frontierStart);
  world.tokenSpend = world.tokenOpen
    ? pathValue(scenario.origin, scenario.market.tokenSpend, t)
    : 0;
  const segmentIndex = (id: string): number => scenario.segments.findIndex((s) => s.id === id);

  for (const { effect, since, provider } of effectsUpTo(scenario, draws, choices, injected, t)) {
    switch (effect.kind) {
      case 'growth':
        if (since < effect.quarters)
          for (const id of effect.segments) {
            const s = segmentIndex(id);
            if (s >= 0) world.growthMultiplier[s]! *= effect.multiplier;
          }
        break;
      case 'demand': {
        const ramp = Math.min(1, (since + 1) / Math.max(1, effect.rampQuarters));
        const level = 1 + (effect.factor - 1) * ramp;
        for (const id of effect.segments) {
          const s = segmentIndex(id);
          if (s < 0) continue;
          for (const line of effect.lines) world.demandMultiplier[s]![LINE_INDEX[line]]! *= level;
        }
        break;
      }
      case 'gpu-supply':
        if (since < effect.quarters) {
          for (const supply of ['nvidia', 'domestic'] as const) {
            if (effect.supply !== 'all' && effect.supply !== supply) continue;
            world.gpuCapMultiplier[supply] *= effect.capMultiplier;
            world.gpuCostMultiplier[supply] *= effect.costMultiplier;
          }
          world.gpuLead = Math.max(world.gpuLead, effect.lead);
        }
        break;
      case 'frontier':
        world.frontier += effect.delta;
        break;
      case 'throughput':
        world.throughputMultiplier *= effect.multiplier;
        break;
      case 'credit-burn':
        if (since < effect.quarters) world.creditBurnMultiplier *= effect.multiplier;
        break;
      case 'utility':
        if (since < effect.quarters)
          for (const sid of effect.segments) {
            const s = segmentIndex(sid);
            if (s < 0) continue;
            for (const pid of effect.providers) {
              const p = providerIds.indexOf(effectProvider(pid, provider));
              if (p < 0) continue;
              for (const line of effect.lines)
                world.eventUtility[s]![LINE_INDEX[line]]![p]! += effect.delta;
            }
          }
        break;
      case 'trend': {
        // Grows for `quarters` quarters (the first step in the event's own quarter), then holds.
        const level = effect.perQuarter * Math.min(since + 1, effect.quarters);
        const row = world.trendUtility[TREND_DRIVERS.indexOf(effect.driver)]!;
        for (const sid of effect.segments) {
          const s = segmentIndex(sid);
          if (s < 0) continue;
          for (const pid of effect.providers) {
            const p = providerIds.indexOf(effectProvider(pid, provider));
            if (p < 0) continue;
            for (const line of effect.lines) row[s]![LINE_INDEX[line]]![p]! += level;
          }
        }
        break;
      }
      case 'compliance':
        world.complianceCost += effect.cost;
        break;
      case 'reference-price':
        world.referencePrice[LINE_INDEX[effect.line]]! *= effect.multiplier;
        if (since >= 1) world.previousReferencePrice[LINE_INDEX[effect.line]]! *= effect.multiplier;
        break;
      // One-off stock changes (trust, impairment, anchor-loss) are applied by the resolver
      // from `fired`, so they happen exactly once.
      case 'trust':
      case 'impairment':
      case 'anchor-loss':
        break;
    }
  }
  // Random cards can be dealt every quarter, so products of multipliers are bounded here: no
  // scenario, however many cards it deals, can push a price or a capacity to 0 or Infinity.
  world.referencePrice = world.referencePrice.map((v) => clampFinite(v, 1e-9, 1e9));
  world.previousReferencePrice = world.previousReferencePrice.map((v) => clampFinite(v, 1e-9, 1e9));
  world.throughputMultiplier = clampFinite(world.throughputMultiplier, 1e-3, 1e3);
  world.creditBurnMultiplier = clampFinite(world.creditBurnMultiplier, 0, 1e3);
  world.growthMultiplier = world.growthMultiplier.map((v) => clampFinite(v, 0, 1e3));
  world.demandMultiplier = world.demandMultiplier.map((row) =>
    row.map((v) => clampFinite(v, 1e-6, 1e6)),
  );
  for (const supply of ['nvidia', 'domestic'] as const) {
    world.gpuCapMultiplier[supply] = clampFinite(world.gpuCapMultiplier[supply], 0, 1e3);
    world.gpuCostMultiplier[supply] = clampFinite(world.gpuCostMultiplier[supply], 1e-3, 1e3);
  }
  world.eventUtility = world.eventUtility.map((seg) =>
    seg.map((row) => row.map((v) => clampFinite(v, -50, 50))),
  );
  world.trendUtility = world.trendUtility.map((driver) =>
    driver.map((seg) => seg.map((row) => row.map((v) => clampFinite(v, -50, 50)))),
  );
  world.frontier = clampFinite(world.frontier, 1, 1e4);
  world.complianceCost = clampFinite(world.complianceCost, 0, 1e4);
  return world;
}

function clampFinite(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? clamp(value, low, high) : value > 0 ? high : low;
}
