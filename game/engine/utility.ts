// Utility of each provider in each market (MODEL.md §2.7), kept as named components so that the
// report can say which of them moved shares. Component order is UTILITY_COMPONENTS.

import { log } from './portable-math.ts';
import { tOf } from './calendar.ts';
import { indexOf } from './indices.ts';
import type { GameState, Scenario } from './types.ts';
import { LINES, UTILITY_COMPONENTS } from './types.ts';
import type { World } from './world.ts';

export const COMPONENT_COUNT = UTILITY_COMPONENTS.length;
export const C_CONSTANT = 0;
export const C_PRICE = 1;
export const C_QUALITY = 2;
export const C_ECOSYSTEM = 3;
export const C_TRUST = 4;
export const C_INTEGRATION = 5;
export const C_CAPACITY = 6;
export const C_EVENTS = 7;
export const C_STATE_BUYERS = 8;
export const C_IN_SOURCING = 9;
export const C_DRIFT = 10;
/** Component of each trend driver, in TREND_DRIVERS order. */
export const C_TRENDS = [C_STATE_BUYERS, C_IN_SOURCING] as const;

export interface UtilityInputs {
  prices: number[][]; // [provider][line] this quarter
  network: number[]; // complementor base per provider, RSU
  openModelFloor: number;
  /** The logarithms every market of the quarter shares (withTerms); absent: taken per market. */
  terms?: UtilityTerms;
}

/**
 * Per provider, the logarithms of utilityComponents that do not depend on the market: taken
 * once per quarter instead of once per market (7 segments x 3 lines), the same numbers.
 */
export interface UtilityTerms {
  /** The state whose providers they were taken from: used only with that state. */
  state: GameState;
  logPrice: number[][]; // [line][provider] ln list price
  networkLog: number[]; // ln(1 + network / networkRef)
  integrationLog: number[]; // ln integration capability
}

/** `inputs` with the logarithms of `state`'s providers worked out once. */
export function withTerms(
  scenario: Scenario,
  state: GameState,
  inputs: UtilityInputs,
): UtilityInputs {
  const ref = scenario.market.networkRef;
  const terms: UtilityTerms = {
    state,
    logPrice: LINES.map((_, k) => inputs.prices.map((row) => log(row[k]!))),
    networkLog: inputs.network.map((n) => log(1 + n / ref)),
    integrationLog: state.providers.map((ps) => log(ps.integration)),
  };
  return { ...inputs, terms };
}

/** Utility components [component][provider] for market (segment, line). */
export function utilityComponents(
  scenario: Scenario,
  state: GameState,
  world: World,
  inputs: UtilityInputs,
  segment: number,
  line: number,
): number[][] {
  const index = indexOf(scenario);
  const seg = scenario.segments[segment]!;
  const lineSpec = scenario.lines[LINES[line]!];
  const market = segment * LINES.length + line;
  const beta = seg.beta * lineSpec.betaMult;
  const thetaQuality =
    (line === 2 ? seg.theta.qualityT : seg.theta.qualityC) * lineSpec.qualityMult;
  const hostedFloor =
    scenario.market.openWeightsHosting * Math.max(world.openFloor, inputs.openModelFloor);
  const driftQuarters = Math.min(world.t, tOf(scenario.origin, scenario.market.residualFreeze));
  const terms = inputs.terms?.state === state ? inputs.terms : undefined;
  const components: number[][] = new Array<number[]>(COMPONENT_COUNT);
  for (let c = 0; c < COMPONENT_COUNT; c++)
    components[c] = new Array<number>(index.providerCount).fill(0);
  // The rows this market reads, looked up once rather than per provider.
  const sells = index.sells[line]!;
  const constants = state.constants[market]!;
  const shortfall = state.markets[market]!.shortfall;
  const events = world.eventUtility[segment]![line]!;
  const logPrice = terms?.logPrice[line];
  const constant = components[C_CONSTANT]!;
  const price = components[C_PRICE]!;
  const quality = components[C_QUALITY]!;
  const ecosystem = components[C_ECOSYSTEM]!;
  const trust = components[C_TRUST]!;
  const integration = components[C_INTEGRATION]!;
  const capacity = components[C_CAPACITY]!;
  const eventRow = components[C_EVENTS]!;
  const drift = components[C_DRIFT]!;
  const theta = seg.theta;
  const driftOn = !(line === 2 || world.t === 0);
  for (let p = 0; p < index.providerCount; p++) {
    if (!sells[p]) continue;
    const spec = scenario.providers[p]!;
    const ps = state.providers[p]!;
    constant[p] = constants[p]!;
    price[p] = beta * (logPrice ? logPrice[p]! : log(inputs.prices[p]![line]!));
    quality[p] = thetaQuality * Math.max(ps.quality, hostedFloor);
    ecosystem[p] =
      theta.ecosystem * ps.ecosystem +
      theta.network *
        (terms ? terms.networkLog[p]! : log(1 + inputs.network[p]! / scenario.market.networkRef));
    trust[p] = theta.trust * ps.trust;
    integration[p] = theta.integration * (terms ? terms.integrationLog[p]! : log(ps.integration));
    capacity[p] = -theta.stockout * shortfall[p]!;
    eventRow[p] = events[p]!;
    for (let k = 0; k < C_TRENDS.length; k++)
      components[C_TRENDS[k]!]![p] = world.trendUtility[k]![segment]![line]![p]!;
    // The residual starts at t = 1 so the origin stays the exact Berry-inverted equilibrium.
    drift[p] = driftOn
      ? seg.driftExposure * (spec.residual.offset + spec.residual.drift * driftQuarters)
      : 0;
  }
  return components;
}

export function totalUtility(components: readonly (readonly number[])[]): number[] {
  const count = components[0]!.length;
  const total = new Array<number>(count).fill(0);
  for (const row of components) for (let p = 0; p < count; p++) total[p]! += row[p]!;
  return total;
}
