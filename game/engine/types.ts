// Types shared by the whole engine. A Scenario is the parsed, validated, frozen content of a
// scenario file (all numbers plain, citations kept aside); a GameState is everything needed to
// resolve the next quarter. Units are named in each field's comment: money is CNY billions
// (CNY B), per quarter unless said otherwise.

import type { DecisionErrorCode } from './error-codes.ts';

export const LINES = ['C', 'S', 'T'] as const;
/** Product lines: IaaS compute, storage/network, model-API tokens. */
export type LineId = (typeof LINES)[number];
export const LINE_INDEX: Record<LineId, number> = { C: 0, S: 1, T: 2 };

/** A calendar quarter written like "2023Q2". */
export type QuarterLabel = string;

export interface Text {
  en: string;
  zh: string;
}

// ---------------------------------------------------------------- scenario ----------------

export interface SourceSpec {
  id: string;
  url: string;
  note?: string;
}

export interface PathPoint {
  quarter: QuarterLabel;
  value: number;
}

export interface LineSpec {
  /** Reference price at the origin: index (C, S; 1 = origin list level) or CNY per million tokens (T). */
  refStart: number;
  /** Yearly fall of the reference price path when no points are given (0.12 = -12 %/yr). */
  refDeclinePerYear: number;
  /** Step path of the reference price (holds from each point's quarter on); overrides the decline. */
  refPoints: PathPoint[];
  /** Variable unit cost at the origin, as a fraction of refStart (C, S) or CNY per M tokens (T). */
  unitCost0: number;
  /** Learning-curve exponent b: cost ∝ (cumulative volume / X0)^-b. */
  learning: number;
  /** Share of a segment's IaaS spend on this line at the origin (C + S = 1; T is 0). */
  spendSplit: number;
  /** Multipliers on the segment's choice parameters for this line. */
  chiMult: number;
  switchingMult: number;
  betaMult: number;
  qualityMult: number;
  /** Bounds of one quarter's price change, as fractions (-0.4 = -40 %). */
  maxCut: number;
  maxRise: number;
  /** Price floor as a fraction of the reference price. */
  floor: number;
}

export interface SegmentSpec {
  id: string;
  name: Text;
  /** Share of IaaS spend at the origin (fraction; all segments sum to 1). */
  weight0: number;
  /** Yearly spend growth at reference prices, by calendar year (later years reuse the last). */
  growth: { year: number; rate: number }[];
  /** Market price elasticity of volume per line. */
  elasticity: Record<LineId, number>;
  /** Price coefficient of utility for compute (utils per unit of ln price). */
  beta: number;
  /** Fraction of installed volume that re-decides each quarter. */
  churn: number;
  /** Utility lost by leaving one's incumbent (utils). */
  switchingCost: number;
  /** Fraction of net new volume that is contestable. */
  contestable: number;
  theta: {
    trust: number;
    qualityC: number;
    qualityT: number;
    ecosystem: number;
    integration: number;
    network: number;
    stockout: number;
  };
  /** Fraction of unserved demand that spills to providers with spare capacity. */
  spill: number;
  /** Exposure to the calibrated residual drift. */
  driftExposure: number;
  /** Fraction of compute volume served on GPUs, from the origin to `gpuIntensityQuarters` later. */
  gpuIntensity: { start: number; end: number; quarters: number };
  /** Share of the token market's spend that this segment holds. */
  tokenWeight: number;
  /** Volume shares at the origin in percent, one per provider id (IaaS providers only). */
  shares0: Record<string, number>;
}

export interface MarketSpec {
  /** IaaS (compute + storage/network) spend at the origin, CNY B per quarter. */
  size0: number;
  /** Token market: first quarter open and the path of spend at reference prices (CNY B/qtr). */
  tokenOpen: QuarterLabel;
  tokenSpend: PathPoint[];
  /** Quarter after which the calibrated residual stops drifting. */
  residualFreeze: QuarterLabel;
  maxUtilisation: number;
  gpuUnitCost: number; // CNY B per kGPU at the origin
  gpuCostTrendPerYear: number; // -0.10 = -10 %/yr
  cpuUnitCost: number; // CNY B per RSU/qtr of capacity
  gpuOpsCost: number; // CNY B per kGPU-quarter
  cpuOpsCost: number; // CNY B per RSU/qtr of capacity per quarter
  gpuServiceRate: number; // φ_G: RSU of GPU compute one kGPU serves per quarter
  gpuDecay: number; // per quarter
  cpuDecay: number; // per quarter
  gpuLead: number; // quarters
  cpuLead: number; // quarters
  taxRate: number;
  projectMargin: number;
  /** Margin on revenue outside the simulated markets (PaaS, international, internal). */
  otherMargin: number;
  dsoProjects: number; // days
  dsoPublic: number; // days
  minCash: number; // CNY B
  debtCapMultiple: number; // × trailing 4-quarter EBITDA
  creditExpiry: number; // quarters
  creditBurn: number; // fraction of a credit holder's AIS compute paid with credits
  networkRef: number; // RSU
  stocks: {
    qualityGain: number;
    rndRef: number; // CNY B/qtr
    trainingNeed0: number; // kGPU
    trainingNeedGrowth: number; // per year
    ecoDecay: number;
    ecoGain: number;
    ecoRef: number; // CNY B/qtr
    creditGain: number;
    creditRef: number; // CNY B
    networkGain: number;
    openSourceGain: number;
    trustGain: number;
    securityRef: number; // CNY B/qtr
    trustDecay: number;
    integrationMin: number;
    integrationMax: number;
  };
  /** Frontier model quality (0-100 scale beyond 100 allowed) and the open-weights floor. */
  frontier: { start: QuarterLabel; value: number; perQuarter: number };
  openFloor: PathPoint[];
  openWeightsHosting: number; // ω: fraction of the open floor any host can offer
}

export type PolicyKind =
  | 'history'
  | 'price-follower'
  | 'penetration'
  | 'margin-defender'
  | 'hybrid-specialist'
  | 'open-weights';

export interface ScriptMove {
  quarter: QuarterLabel;
  /** Price changes this quarter (fractions) per line; omitted lines follow the policy. */
  price?: Partial<Record<LineId, number>>;
  /** Absolute token price (CNY per M tokens); wins over price.T. */
  tokenPrice?: number;
  gpuCapex?: number;
  dcCapex?: number;
  rnd?: number;
  ecosystem?: number;
  creditDeal?: { amount: number; creditFraction: number };
  projectExit?: number;
  security?: number;
  reason: Text;
}

export interface PolicySpec {
  kind: PolicyKind;
  /** Spending rules as fractions of last quarter's revenue. */
  rndShare: number;
  ecosystemShare: number;
  securityShare: number;
  trainShare: number;
  /** Capacity the policy aims for: forecast utilisation target (fraction). */
  utilisationTarget: number;
  /** Yearly growth of GPU capacity the policy buys regardless of demand (parent-funded push). */
  gpuPushPerYear: number;
  /** Kind-specific parameters, all optional with documented defaults. */
  followGap: number; // price follower τF
  followShareLoss: number; // price follower δF (fraction)
  followMarkup: number; // price follower πF
  followFraction: number; // hybrid specialist: fraction of the leader's cut matched
  targetLerner: number; // margin defender L*
  tokenLossBudget: number; // penetration pricer, CNY B
  projectExit: number; // standing project exit rate per quarter
  /** How the provider answers rivals' prices on top of its kind (see policies/reaction.ts). */
  reaction: 'none' | 'punisher' | 'best-responder';
  reactionLag: number; // punisher: quarters between a rival's cut and the answer (1-4)
  reactionIntensity: number; // punisher: depth under the cutter / best-responder: step size
  punishQuarters: number; // punisher: quarters the answer lasts before it forgives (1-4)
  punishThreshold: number; // punisher: cut beyond the market path that counts as deep
  lookahead: number; // best-responder: grid points per price line (0 = off)
  cashBuffer: number; // cash kept above market.minCash, fraction of last quarter's revenue
  /** Scripted moves, applied on their quarter over the policy's own choice. */
  script: ScriptMove[];
  /** Open-weights disruptor price path, CNY per M tokens. */
  tokenPath: PathPoint[];
}

export interface ProviderSpec {
  id: string;
  name: Text;
  colour: string;
  /** Counts in the IaaS share (false for token-only labs). */
  iaas: boolean;
  lines: LineId[];
  policy: PolicySpec;
  gpuSupply: 'nvidia' | 'domestic';
  price0: Record<LineId, number>;
  quality0: number;
  ecosystem0: number;
  trust0: number;
  trustFloor: number;
  projectRevenue0: number; // CNY B/qtr at integration capability 1
  otherRevenue0: number; // CNY B/qtr (international, internal, legacy): exogenous
  otherGrowthPerYear: number;
  paasRatio0: number; // PaaS/AI-platform revenue per unit of public IaaS revenue
  paasRatioGrowth: number; // per quarter, from paasGrowthFrom
  paasGrowthFrom: QuarterLabel;
  gpu0: number; // kGPU installed
  cpu0: number; // RSU/qtr capacity installed
  gpuOrderCap: number; // kGPU per quarter that suppliers will deliver
  tokenThroughput0: number; // trillion tokens per kGPU-quarter
  costFactor: number; // multiplier on variable unit costs
  fixedCost0: number; // CNY B/qtr of S&M and G&A
  fixedCostGrowthPerYear: number;
  cash0: number;
  debt0: number;
  interestRate: number; // per year
  guarantee: number; // CNY B of debt the parent guarantees
  residual: { offset: number; drift: number }; // utils, utils per quarter
}

export type EffectSpec =
  | { kind: 'trust'; provider: string; delta: number }
  | { kind: 'growth'; segments: string[]; multiplier: number; quarters: number }
  | {
      kind: 'demand';
      segments: string[];
      lines: LineId[];
      factor: number;
      rampQuarters: number;
    }
  | {
      kind: 'gpu-supply';
      supply: 'nvidia' | 'domestic' | 'all';
      capMultiplier: number;
      costMultiplier: number;
      lead: number;
      quarters: number;
    }
  | { kind: 'frontier'; delta: number }
  | { kind: 'throughput'; multiplier: number }
  | { kind: 'impairment'; fraction: number }
  | { kind: 'credit-burn'; multiplier: number; quarters: number }
  | {
      kind: 'utility';
      providers: string[];
      segments: string[];
      lines: LineId[];
      delta: number;
      quarters: number;
    }
  | {
      /**
       * A gradual shift of buyers' preference with a named cause (a fact): utility that grows by
       * `perQuarter` each quarter for `quarters` quarters from the event's quarter, then holds.
       * Booked by the attribution under `driver`, not under events or drift.
       */
      kind: 'trend';
      driver: TrendDriver;
      providers: string[];
      segments: string[];
      lines: LineId[];
      perQuarter: number;
      quarters: number;
    }
  | { kind: 'compliance'; cost: number }
  | { kind: 'reference-price'; line: LineId; multiplier: number }
  /** A large customer leaves `provider` in `segment`: for `to`, or for its own data centres. */
  | { kind: 'anchor-loss'; provider: string; segment: string; fraction: number; to?: string };

export interface EventSpec {
  id: string;
  quarter: QuarterLabel;
  title: Text;
  body: Text;
  effects: EffectSpec[];
}

/**
 * An event the teacher injects into one quarter of a class game: any effect the scenario's events
 * may have, with a headline in both languages. It is recorded in that quarter's log entry, so a
 * replay of the log plays it again.
 */
export interface InjectedEvent {
  id: string;
  title: Text;
  effects: EffectSpec[];
}

export interface RandomCardSpec {
  id: string;
  title: Text;
  /** 'random' as provider picks one IaaS provider from the seeded generator. */
  effects: EffectSpec[];
  weight: number;
}

export interface RandomDeckSpec {
  enabled: boolean;
  perQuarter: number; // probability of a card each quarter
  cards: RandomCardSpec[];
}

/**
 * What an objective measures at the end of the game. 'iaas-share' is the older name of
 * 'revenue-share' (IaaS revenue share); 'value-created' is cumulative EBITA less parent
 * injections (CNY B), so a run that burns money scores below zero on it.
 */
export type ObjectiveMetric =
  | 'iaas-share'
  | 'revenue-share'
  | 'volume-share'
  | 'segment-share'
  | 'token-share'
  | 'token-volume-share'
  | 'cumulative-ebita'
  | 'value-created'
  | 'ebita-margin'
  | 'cash';

export interface ObjectiveSpec {
  id: string;
  title: Text;
  metric: ObjectiveMetric;
  segment?: string;
  /** Shares and margins as fractions; money in CNY B. */
  target: number;
  direction: 'at-least' | 'at-most';
  /**
   * The value that earns no credit (default 0). Credit grows linearly from the baseline to the
   * target; money metrics may fall below the baseline and then earn negative credit (down to
   * minus the weight), so destroying value costs points instead of merely earning none.
   */
  baseline?: number;
  weight: number;
}

/** What choosing a dilemma option adds to the chooser's decision of that quarter. */
export interface DilemmaDecisionEffect {
  gpuCapex?: number; // CNY B, added (capped at what suppliers deliver)
  dcCapex?: number; // CNY B, added
  rnd?: number; // CNY B, added
  ecosystem?: number; // CNY B, added
  /** A credits-for-equity deal added to the quarter's deal (CNY B, fraction paid in credits). */
  creditDeal?: { amount: number; creditFraction: number };
  /** Fraction of integration capability dropped, added (kept within the integration bounds). */
  projectExit?: number;
  /** Release the flagship model as open weights (ignored while a release is cooling down). */
  openSource?: boolean;
}

export interface DilemmaOption {
  id: string;
  title: Text;
  /** The consequences as the player is told them before choosing. */
  consequence: Text;
  decision: DilemmaDecisionEffect;
  /** Effects like an event's; provider 'self' is whoever chose this option. */
  effects: EffectSpec[];
  /** Policy kinds that choose this option when a computer runs the provider. */
  preferredBy: PolicyKind[];
}

/** A choice put to providers in one quarter; each answers for itself. */
export interface DilemmaSpec {
  id: string;
  quarter: QuarterLabel;
  title: Text;
  body: Text;
  /** Providers asked; empty = every IaaS provider. */
  providers: string[];
  options: DilemmaOption[];
  /** Option taken when nobody chooses (a human who does not answer, a policy with no preference). */
  default: string;
}

export interface Scenario {
  id: string;
  title: Text;
  premise: Text;
  difficulty: 'intro' | 'standard' | 'hard';
  origin: QuarterLabel;
  start: QuarterLabel;
  quarters: number;
  defaultHuman: string;
  lines: Record<LineId, LineSpec>;
  market: MarketSpec;
  segments: SegmentSpec[];
  providers: ProviderSpec[];
  events: EventSpec[];
  randomEvents: RandomDeckSpec;
  dilemmas: DilemmaSpec[];
  objectives: ObjectiveSpec[];
  sources: SourceSpec[];
}

// ---------------------------------------------------------------- decisions ----------------

export interface Decision {
  /** Price change this quarter per line, as a fraction (-0.15 = cut 15 %). */
  price: Record<LineId, number>;
  gpuCapex: number; // CNY B
  dcCapex: number; // CNY B
  rnd: number; // CNY B
  trainShare: number; // fraction of GPUs reserved for own training, 0..0.6
  ecosystem: number; // CNY B
  creditDeal: { amount: number; creditFraction: number }; // CNY B, fraction paid in credits
  security: number; // CNY B of GOV sales and security
  projectExit: number; // fraction of integration capability dropped, -0.05..0.5
  openSource: boolean;
  /** Segments served first when capacity is short; empty = pro rata. */
  priority: string[];
  /** Answers to this quarter's dilemmas: dilemma id -> option id (unanswered: the default). */
  dilemma?: Record<string, string> | undefined;
}

export interface DecisionError {
  field: string;
  code: DecisionErrorCode;
  message: string;
  limit?: number;
  value?: number;
}

export type ValidationResult =
  { ok: true; decision: Decision } | { ok: false; errors: DecisionError[] };

// ---------------------------------------------------------------- state -------------------

export interface ProviderState {
  price: number[]; // per line
  priceChange: number[]; // per line, the change made in the quarter just resolved
  /**
   * Price changes beyond the reference path in the last quarters, most recent first (at most
   * four), per line: (1 + change) / (1 + reference change) - 1. Public, like list prices.
   */
  cutHistory: number[][];
  gpu: number;
  cpu: number;
  gpuPipeline: number[]; // [arrives next quarter, in two quarters, ...]
  cpuPipeline: number[];
  gpuBook: number; // net PP&E, CNY B
  cpuBook: number;
  quality: number;
  ecosystem: number;
  trust: number;
  integration: number;
  cumVolume: number[]; // per line, for learning
  throughput: number; // trillion tokens per kGPU-quarter
  cash: number;
  debt: number;
  receivables: number;
  credits: number[]; // outstanding credits by age (index 0 = granted last quarter)
  stake: number;
  trainShare: number;
  openSourceCooldown: number;
  openSourced: boolean;
  /** Spending of the quarter just resolved; it feeds the stocks next quarter. */
  spend: { rnd: number; ecosystem: number; security: number; creditsGranted: number };
  ebitdaHistory: number[]; // last 4 quarters
  tokenLosses: number; // cumulative token operating loss, CNY B
  cumEbita: number;
  cumFcf: number;
  cumInjection: number;
  last: ProviderQuarter;
}

/** What a provider reported for the quarter just resolved (public to rivals next quarter). */
export interface ProviderQuarter {
  revenue: number;
  iaasRevenue: number;
  tokenRevenue: number;
  ebita: number;
  iaasShare: number;
  /** Change of iaasShare over the quarter (fraction), public like the share itself. */
  iaasShareChange: number;
  tokenShare: number;
  gpuUtilisation: number;
  cpuUtilisation: number;
  /** Capacity the allocated demand asked for, before rationing (kGPU, RSU/qtr). */
  gpuNeed: number;
  cpuNeed: number;
  /** Quarter-on-quarter growth of those needs: what a planner extrapolates. */
  gpuNeedGrowth: number;
  cpuNeedGrowth: number;
  unitCost: number[]; // per line: index units (C, S) or CNY per M tokens (T)
  served: number[]; // per line volume
  /** AI complementor base: GPU-served compute (RSU) plus tokens (per 1,000 T). */
  network: number;
}

export interface MarketState {
  share: number[]; // served volume share per provider (sums to 1 over sellers)
  demand: number; // demand last quarter (volume at realised prices, before rationing)
  servedTotal: number; // volume actually served last quarter
  /** Volume the market would take at reference prices: the base of contestable growth. */
  underlying: number;
  spendRef: number; // Sbar: spend at reference prices, CNY B/qtr
  shortfall: number[]; // unserved fraction of allocated demand last quarter
  utility: number[][]; // last quarter's utility components [component][provider]
}

export interface RandomDraw {
  t: number;
  card: string;
  provider: string;
}

/** A provider's answer to a dilemma, kept so that its lasting effects can be recomputed. */
export interface DilemmaChoice {
  t: number;
  dilemma: string;
  option: string;
  provider: string;
}

export interface GameState {
  scenarioId: string;
  t: number; // last resolved quarter, 0 = origin
  rng: number[]; // four 32-bit words
  humans: string[];
  providers: ProviderState[];
  markets: MarketState[]; // index = segment * 3 + line
  draws: RandomDraw[];
  /** Every dilemma answer so far, in the order quarters, then providers, resolved them. */
  choices: DilemmaChoice[];
  /** Berry-inverted constants A[market][provider]. */
  constants: number[][];
  /** Quality of the best model any provider has released as open weights (0-100). */
  openModelFloor: number;
  /**
   * Every injected event so far, with the quarter it fired in, so that its lasting effects can be
   * recomputed. Absent (not empty) when there were none, so the state hash of a game without any
   * is what it was before injection existed.
   */
  injected?: InjectedEventAt[];
}

export interface InjectedEventAt extends InjectedEvent {
  t: number;
}

/**
 * Named gradual causes of share movement (trend effects of events), each its own driver:
 * 'stateBuyers', government and enterprise buyers moving to state-backed and hybrid clouds (F9);
 * 'inSourcing', internet firms buying less public cloud and moving to their own (F6).
 */
export const TREND_DRIVERS = ['stateBuyers', 'inSourcing'] as const;
export type TrendDriver = (typeof TREND_DRIVERS)[number];

export const UTILITY_COMPONENTS = [
  'constant',
  'price',
  'quality',
  'ecosystem',
  'trust',
  'integration',
  'capacity',
  'events',
  ...TREND_DRIVERS,
  'drift',
] as const;
export type UtilityComponent = (typeof UTILITY_COMPONENTS)[number];
