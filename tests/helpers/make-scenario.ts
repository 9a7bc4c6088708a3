// A tiny, fully specified Scenario built in TypeScript (no file, no loader): two or three
// providers and one or two segments, so engine tests run in microseconds and can change any
// number directly. Every value is in the ranges of MODEL.md; the two IaaS providers are
// identical unless asked otherwise, and an optional third provider is a token-only lab.

import type {
  EventSpec,
  LineId,
  LineSpec,
  PolicySpec,
  ProviderSpec,
  Scenario,
  SegmentSpec,
} from '../../game/engine/index.ts';
import { POLICY_DEFAULTS } from '../../game/scenario/defaults.ts';

export interface TinyOptions {
  /** 2: two IaaS clouds; 3: plus a token-only model lab (LAB). */
  providers?: 2 | 3;
  /** 1: ENT only; 2: ENT and STU (AI start-ups). */
  segments?: 1 | 2;
  quarters?: number;
  /** First quarter the token market is open (default 2024Q3, inside the game). */
  tokenOpen?: string;
  /** Make the second cloud differ from the first (price, trust, capacity, shares). */
  asymmetric?: boolean;
  /** Multiplies both clouds' installed GPU and CPU capacity (default 1: ample). */
  capacity?: number;
  events?: EventSpec[];
  /** Deal random event cards (seeded): outages, anchor losses, a buzz (default off). */
  randomDeck?: boolean;
}

const text = (en: string): { en: string; zh: string } => ({ en, zh: en });

function line(overrides: Partial<LineSpec>): LineSpec {
  return {
    refStart: 1,
    refDeclinePerYear: 0.12,
    refPoints: [],
    unitCost0: 0.3,
    learning: 0.074,
    spendSplit: 0.65,
    chiMult: 1,
    switchingMult: 1,
    betaMult: 1,
    qualityMult: 1,
    maxCut: -0.4,
    maxRise: 0.1,
    floor: 0.05,
    ...overrides,
  };
}

function policy(kind: PolicySpec['kind']): PolicySpec {
  return {
    kind,
    reaction: 'none',
    ...POLICY_DEFAULTS,
    script: [],
    tokenPath:
      kind === 'open-weights'
        ? [
            { quarter: '2024Q3', value: 2 },
            { quarter: '2025Q2', value: 1 },
          ]
        : [],
  };
}

function cloud(id: string, colour: string, capacity: number, variant: boolean): ProviderSpec {
  return {
    id,
    name: text(`${id} Cloud`),
    colour,
    iaas: true,
    lines: ['C', 'S', 'T'],
    policy: policy('price-follower'),
    gpuSupply: 'nvidia',
    price0: { C: variant ? 0.9 : 1, S: 1, T: 4 },
    quality0: variant ? 55 : 50,
    ecosystem0: 40,
    trust0: variant ? 60 : 70,
    trustFloor: 40,
    projectRevenue0: 0.3,
    otherRevenue0: 0.2,
    otherGrowthPerYear: 0.04,
    paasRatio0: 0.1,
    paasRatioGrowth: 0.01,
    paasGrowthFrom: '2024Q1',
    gpu0: 80 * capacity * (variant ? 0.8 : 1),
    cpu0: 7 * capacity * (variant ? 0.8 : 1),
    gpuOrderCap: 10,
    tokenThroughput0: 5,
    costFactor: 1,
    fixedCost0: 0.4,
    fixedCostGrowthPerYear: 0.05,
    cash0: 10,
    debt0: variant ? 2 : 0,
    interestRate: 0.05,
    guarantee: 5,
    residual: { offset: 0, drift: 0 },
  };
}

function lab(): ProviderSpec {
  return {
    ...cloud('LAB', '#009E73', 1, false),
    name: text('Model Lab'),
    iaas: false,
    lines: ['T'],
    policy: policy('open-weights'),
    price0: { C: 1, S: 1, T: 3 },
    quality0: 60,
    ecosystem0: 20,
    trust0: 50,
    trustFloor: 30,
    projectRevenue0: 0,
    otherRevenue0: 0,
    paasRatio0: 0,
    paasRatioGrowth: 0,
    gpu0: 20,
    cpu0: 0.5,
    cash0: 3,
    debt0: 0,
    guarantee: 0,
  };
}

function segment(id: string, ai: boolean, shares0: Record<string, number>): SegmentSpec {
  return {
    id,
    name: text(ai ? 'Start-ups' : 'Enterprises'),
    weight0: ai ? 0.3 : 0.7,
    growth: ai
      ? [
          { year: 2023, rate: 0.6 },
          { year: 2024, rate: 0.4 },
          { year: 2025, rate: 0.5 },
        ]
      : [
          { year: 2023, rate: 0.15 },
          { year: 2024, rate: 0.12 },
          { year: 2025, rate: 0.1 },
        ],
    elasticity: ai ? { C: -1.2, S: -1, T: -1.3 } : { C: -0.5, S: -0.4, T: -0.8 },
    beta: ai ? -3.5 : -2,
    churn: ai ? 0.4 : 0.15,
    switchingCost: ai ? 0.2 : 1,
    contestable: ai ? 0.9 : 0.5,
    theta: {
      trust: ai ? 0.005 : 0.03,
      qualityC: ai ? 0.03 : 0.005,
      qualityT: ai ? 0.08 : 0.03,
      ecosystem: ai ? 0.03 : 0.01,
      integration: ai ? 0 : 0.5,
      network: ai ? 0.3 : 0,
      stockout: ai ? 4 : 3,
    },
    spill: ai ? 0.8 : 0.3,
    driftExposure: 0,
    gpuIntensity: ai
      ? { start: 0.6, end: 0.85, quarters: 8 }
      : { start: 0.05, end: 0.15, quarters: 8 },
    tokenWeight: ai ? 0.6 : 0.4,
    shares0,
  };
}

const RANDOM_DECK: Scenario['randomEvents'] = {
  enabled: true,
  perQuarter: 0.6,
  cards: [
    {
      id: 'outage',
      title: text('Outage'),
      weight: 2,
      effects: [{ kind: 'trust', provider: 'random', delta: -5 }],
    },
    {
      id: 'in-sourcing',
      title: text('A big customer builds its own data centre'),
      weight: 1,
      effects: [{ kind: 'anchor-loss', provider: 'random', segment: 'ENT', fraction: 0.1 }],
    },
    {
      id: 'buzz',
      title: text('A viral launch'),
      weight: 1,
      effects: [
        {
          kind: 'utility',
          providers: ['random'],
          segments: ['ENT'],
          lines: ['C', 'S'],
          delta: 0.3,
          quarters: 2,
        },
      ],
    },
  ],
};

/** A valid two- or three-provider scenario; fresh (unfrozen) on every call. */
export function makeScenario(options: TinyOptions = {}): Scenario {
  const providerCount = options.providers ?? 2;
  const segmentCount = options.segments ?? 1;
  const asymmetric = options.asymmetric ?? false;
  const capacity = options.capacity ?? 1;
  const providers = [
    cloud('NCL', '#0072B2', capacity, false),
    cloud('SCL', '#E69F00', capacity, asymmetric),
  ];
  if (providerCount === 3) providers.push(lab());
  const shares = asymmetric ? { NCL: 60, SCL: 40 } : { NCL: 50, SCL: 50 };
  const segments = [segment('ENT', false, shares)];
  if (segmentCount === 2)
    segments.push(segment('STU', true, asymmetric ? { NCL: 45, SCL: 55 } : shares));
  if (segmentCount === 1) segments[0]!.weight0 = 1;
  if (segmentCount === 1) segments[0]!.tokenWeight = 1;
  const lines: Record<LineId, LineSpec> = {
    C: line({}),
    S: line({
      refDeclinePerYear: 0.15,
      spendSplit: 0.35,
      chiMult: 0.5,
      switchingMult: 1.5,
      betaMult: 0.8,
    }),
    T: line({
      refStart: 60,
      refDeclinePerYear: 0,
      refPoints: [
        { quarter: '2023Q4', value: 60 },
        { quarter: '2024Q3', value: 4 },
        { quarter: '2025Q1', value: 2 },
      ],
      unitCost0: 0.3,
      learning: 0.32,
      spendSplit: 0,
      chiMult: 2,
      switchingMult: 0.3,
      betaMult: 0.67,
      qualityMult: 3,
      maxCut: -0.9,
      maxRise: 0.25,
      floor: 0.005,
    }),
  };
  return {
    id: `tiny-${providerCount}p-${segmentCount}s`,
    title: text('Tiny test market'),
    premise: text('A small market for engine tests.'),
    difficulty: 'intro',
    origin: '2023Q4',
    start: '2024Q1',
    quarters: options.quarters ?? 8,
    defaultHuman: 'NCL',
    lines,
    market: {
      size0: 10,
      tokenOpen: options.tokenOpen ?? '2024Q3',
      tokenSpend: [
        { quarter: '2024Q3', value: 0.2 },
        { quarter: '2025Q4', value: 2 },
      ],
      residualFreeze: '2023Q4',
      maxUtilisation: 0.85,
      gpuUnitCost: 0.2,
      gpuCostTrendPerYear: -0.1,
      cpuUnitCost: 4,
      gpuOpsCost: 0.003,
      cpuOpsCost: 0.05,
      gpuServiceRate: 0.018,
      gpuDecay: 0.05,
      cpuDecay: 0.03,
      gpuLead: 1,
      cpuLead: 2,
      taxRate: 0.15,
      projectMargin: 0.05,
      otherMargin: 0.2,
      dsoProjects: 270,
      dsoPublic: 30,
      minCash: 1,
      debtCapMultiple: 3,
      creditExpiry: 8,
      creditBurn: 0.3,
      networkRef: 1,
      stocks: {
        qualityGain: 1.2,
        rndRef: 1,
        trainingNeed0: 20,
        trainingNeedGrowth: 0.4,
        ecoDecay: 0.04,
        ecoGain: 2,
        ecoRef: 0.5,
        creditGain: 3,
        creditRef: 1,
        networkGain: 1.5,
        openSourceGain: 4,
        trustGain: 2,
        securityRef: 0.3,
        trustDecay: 0.05,
        integrationMin: 0.01,
        integrationMax: 2,
      },
      frontier: { start: '2023Q1', value: 100, perQuarter: 3 },
      openFloor: [
        { quarter: '2023Q1', value: 45 },
        { quarter: '2024Q2', value: 70 },
      ],
      openWeightsHosting: 0.9,
    },
    segments,
    providers,
    events: options.events ?? [],
    randomEvents: options.randomDeck
      ? structuredClone(RANDOM_DECK)
      : { enabled: false, perQuarter: 0, cards: [] },
    dilemmas: [],
    objectives: [
      {
        id: 'hold-share',
        title: text('Keep half the market'),
        metric: 'iaas-share',
        target: 0.5,
        direction: 'at-least',
        weight: 1,
      },
    ],
    sources: [],
  };
}
