// The scenario file format, defined once: `load.ts` validates with it and
// `cli/export-schema.ts` publishes it as scenarios/schema.json (the INPUT shape) for editors.
// The parsed output still carries `source` fields and `{value, source}` numbers;
// `normalise.ts` turns it into the engine's plain `Scenario`.
import { z } from 'zod';
import {
  FRACTION,
  GROWTH,
  LEAD,
  MONEY,
  MONEY_POSITIVE,
  POINTS,
  PRICE,
  QUARTERS,
  THETA_PER_POINT,
  UNIT_COST,
  YEAR_RE,
  ENTITY_ID_RE,
  entityId,
  list,
  nameId,
  num,
  pathPoints,
  quarter,
  sourceRef,
  text,
} from './fields.ts';
import { LIMITS } from './limits.ts';
import { providerSchema } from './schema-provider.ts';
import { dilemmaSchema } from './schema-dilemmas.ts';
import { eventSchema, randomDeckSchema } from './schema-events.ts';

export const FORMAT = 'cloudwar-scenario';
export const FORMAT_VERSION = 1;

const multiplier = (about: string) => num(about, 'multiple', { min: 0, max: 10 });

const lineSchema = z
  .strictObject({
    refStart: num(
      'Reference price at the origin.',
      'index for C and S (1 = origin list level); CNY per million tokens for T',
      PRICE,
    ),
    refDeclinePerYear: num(
      'Yearly fall of the reference price when no points are given (0.12 = -12 %/yr).',
      'fraction per year',
      { min: -0.5, max: 0.9 },
    ),
    refPoints: pathPoints(
      'Step path of the reference price; overrides the decline.',
      'same as refStart',
      PRICE,
    ).default([]),
    unitCost0: num(
      'Variable unit cost at the origin.',
      'fraction of refStart for C and S; CNY per million tokens for T',
      UNIT_COST,
    ),
    learning: num(
      'Learning-curve exponent b: cost ∝ (cumulative volume)^-b.',
      'exponent',
      FRACTION,
    ),
    spendSplit: num(
      'Share of a segment’s IaaS spend on this line (C + S = 1; T = 0).',
      'fraction',
      FRACTION,
    ),
    chiMult: multiplier('Multiplier on segment churn for this line.'),
    switchingMult: multiplier('Multiplier on segment switching cost for this line.'),
    betaMult: multiplier('Multiplier on segment price coefficient for this line.'),
    qualityMult: multiplier('Multiplier on the quality weight for this line.'),
    maxCut: num('Largest price cut in one quarter (-0.4 = -40 %).', 'fraction', {
      min: -0.99,
      max: 0,
    }),
    maxRise: num('Largest price rise in one quarter.', 'fraction', { min: 0, max: 1 }),
    floor: num('Price floor.', 'fraction of the reference price', {
      min: 0,
      max: 1,
      above: true,
    }),
    source: sourceRef,
  })
  .describe('One product line.');

const theta = (about: string, range = THETA_PER_POINT) =>
  num(about, range === THETA_PER_POINT ? 'utils per index point' : 'utils', range);

const segmentSchema = z
  .strictObject({
    id: entityId('Segment id, unique.'),
    name: text('Display name.'),
    weight0: num(
      'Share of IaaS spend at the origin (all segments sum to 1).',
      'fraction',
      FRACTION,
    ),
    growth: z
      .record(
        z.string().regex(YEAR_RE, 'must be a calendar year like 2024').describe('year'),
        num('Spend growth at reference prices in that year.', 'per year', GROWTH),
      )
      .describe(
        'Yearly spend growth by calendar year, e.g. {2023: 0.15, 2024: 0.12}; later years reuse the last.',
      ),
    elasticity: z
      .strictObject({
        C: num('Market price elasticity of compute volume.', 'elasticity', { min: -3, max: 0 }),
        S: num('Market price elasticity of storage/network volume.', 'elasticity', {
          min: -3,
          max: 0,
        }),
        T: num('Market price elasticity of token volume.', 'elasticity', { min: -3, max: 0 }),
      })
      .describe('Market price elasticity of volume per line.'),
    beta: num('Price coefficient of utility for compute.', 'utils per unit of ln price', {
      min: -10,
      max: 0,
    }),
    churn: num('Installed volume that re-decides each quarter.', 'fraction per quarter', FRACTION),
    switchingCost: num('Utility lost by leaving the incumbent.', 'utils', { min: 0, max: 5 }),
    contestable: num('Net new volume that is contestable.', 'fraction', FRACTION),
    theta: z
      .strictObject({
        trust: theta('Weight of trust.'),
        qualityC: theta('Weight of model quality for compute.'),
        qualityT: theta('Weight of model quality for tokens.'),
        ecosystem: theta('Weight of ecosystem.'),
        integration: theta('Weight of ln(integration capability).', FRACTION),
        network: theta('Weight of the network effect ln(1 + base / networkRef).', FRACTION),
        stockout: theta('Penalty per unit of last quarter’s shortfall fraction.', {
          min: 0,
          max: 10,
        }),
      })
      .describe('Utility weights of provider attributes.'),
    spill: num(
      'Unserved demand that spills to providers with spare capacity.',
      'fraction',
      FRACTION,
    ),
    driftExposure: num('Exposure to the calibrated residual drift.', 'fraction', FRACTION),
    gpuIntensity: z
      .strictObject({
        start: num('Compute served on GPUs at the origin.', 'fraction', FRACTION),
        end: num('Compute served on GPUs after `quarters`.', 'fraction', FRACTION),
        quarters: num('Quarters of the linear rise.', 'quarters', QUARTERS),
      })
      .describe('Fraction of compute volume served on GPUs, rising linearly.'),
    tokenWeight: num(
      'Share of the token market’s spend (all segments sum to 1).',
      'fraction',
      FRACTION,
    ),
    shares0: z
      .record(
        z.string().regex(ENTITY_ID_RE, 'must be a provider id').describe('provider id'),
        num('Volume share at the origin.', 'percent', { min: 0, max: 100 }),
      )
      .describe(
        'Volume shares at the origin by IaaS provider id, in percent (sum 100; missing = 0).',
      ),
    source: sourceRef,
  })
  .describe('A customer segment.');

const marketSchema = z
  .strictObject({
    size0: num(
      'IaaS (compute + storage/network) spend at the origin.',
      'CNY B per quarter',
      MONEY_POSITIVE,
    ),
    tokenOpen: quarter('First quarter the token market is open.'),
    tokenSpend: pathPoints('Token spend at reference prices.', 'CNY B per quarter', MONEY),
    residualFreeze: quarter('Quarter after which the calibrated residual stops drifting.'),
    maxUtilisation: num('Usable fraction of installed capacity.', 'fraction', {
      min: 0,
      max: 1,
      above: true,
    }),
    gpuUnitCost: num('GPU capex per unit at the origin.', 'CNY B per kGPU', UNIT_COST),
    gpuCostTrendPerYear: num('Trend of GPU unit cost (-0.1 = -10 %/yr).', 'per year', GROWTH),
    cpuUnitCost: num('CPU/storage capex per unit of capacity.', 'CNY B per RSU/quarter', UNIT_COST),
    gpuOpsCost: num('Power and operations per GPU.', 'CNY B per kGPU-quarter', {
      min: 0,
      max: 1e4,
    }),
    cpuOpsCost: num(
      'Power and operations per unit of CPU capacity.',
      'CNY B per RSU/quarter per quarter',
      {
        min: 0,
        max: 1e4,
      },
    ),
    gpuServiceRate: num('Compute one kGPU serves per quarter (φ_G).', 'RSU per kGPU-quarter', {
      min: 0,
      max: 1e6,
      above: true,
    }),
    gpuDecay: num('GPU capacity retired each quarter.', 'fraction per quarter', FRACTION),
    cpuDecay: num('CPU capacity retired each quarter.', 'fraction per quarter', FRACTION),
    gpuLead: num('GPU delivery lead time.', 'quarters', LEAD),
    cpuLead: num('Data-centre build lead time.', 'quarters', LEAD),
    taxRate: num('Tax on positive EBITA.', 'fraction', FRACTION),
    projectMargin: num('Margin of integration projects.', 'fraction', { min: -1, max: 1 }),
    otherMargin: num(
      'Margin on revenue outside the simulated markets (PaaS, international, internal).',
      'fraction',
      { min: -1, max: 1 },
    ),
    dsoProjects: num('Days sales outstanding on projects.', 'days', { min: 0, max: 720 }),
    dsoPublic: num('Days sales outstanding on public cloud.', 'days', { min: 0, max: 720 }),
    minCash: num('Cash below which the credit line is drawn.', 'CNY B', MONEY),
    debtCapMultiple: num('Debt cap.', 'multiple of trailing 4-quarter EBITDA', { min: 0, max: 50 }),
    creditExpiry: num('Compute credits expire after.', 'quarters', QUARTERS),
    creditBurn: num('AI start-up compute paid with credits.', 'fraction', FRACTION),
    networkRef: num('Scale of the network effect.', 'RSU', { min: 0, max: 1e6, above: true }),
    stocks: z
      .strictObject({
        qualityGain: num('Quality gain per unit of ln(1 + R&D / rndRef).', 'gain', {
          min: 0,
          max: 10,
        }),
        rndRef: num('Reference R&D spend.', 'CNY B per quarter', MONEY_POSITIVE),
        trainingNeed0: num('Training GPUs needed for full R&D effect at the origin.', 'kGPU', {
          min: 0,
          max: 1e6,
          above: true,
        }),
        trainingNeedGrowth: num('Growth of the training need.', 'per year', GROWTH),
        ecoDecay: num('Ecosystem decay.', 'fraction per quarter', FRACTION),
        ecoGain: num('Ecosystem gain per unit of ln(1 + spend / ecoRef).', 'index points', POINTS),
        ecoRef: num('Reference ecosystem spend.', 'CNY B per quarter', MONEY_POSITIVE),
        creditGain: num('Ecosystem gain per creditRef of credits granted.', 'index points', POINTS),
        creditRef: num('Reference credits granted.', 'CNY B', MONEY_POSITIVE),
        networkGain: num('Ecosystem gain from the network base.', 'index points', POINTS),
        openSourceGain: num('Ecosystem gain from an open-source release.', 'index points', POINTS),
        trustGain: num(
          'Trust gain per unit of ln(1 + security / securityRef).',
          'index points',
          POINTS,
        ),
        securityRef: num('Reference security spend.', 'CNY B per quarter', MONEY_POSITIVE),
        trustDecay: num('Pull of trust towards its floor.', 'fraction per quarter', FRACTION),
        integrationMin: num(
          'Lowest integration capability (keeps ln finite).',
          'index, 1 = origin',
          {
            min: 0.001,
            max: 1,
          },
        ),
        integrationMax: num('Highest integration capability.', 'index, 1 = origin', {
          min: 1,
          max: 100,
        }),
      })
      .describe('Parameters of the attribute stocks (quality, ecosystem, trust, integration).'),
    frontier: z
      .strictObject({
        start: quarter('Quarter the frontier path starts.'),
        value: num('Frontier model quality at start.', 'quality points', { min: 1, max: 1000 }),
        perQuarter: num('Frontier gain per quarter.', 'quality points per quarter', {
          min: -10,
          max: 100,
        }),
      })
      .describe('Frontier model quality (100 = GPT-4 level; above 100 allowed).'),
    openFloor: pathPoints('Open-weights quality floor.', 'quality points', { min: 0, max: 1000 }),
    openWeightsHosting: num('Part of the open floor any host can offer (ω).', 'fraction', FRACTION),
    source: sourceRef,
  })
  .describe('Market-wide parameters.');

const objectiveSchema = z
  .strictObject({
    id: nameId('Objective id, unique.'),
    title: text('What the player should achieve.'),
    metric: z
      .enum([
        'revenue-share',
        'volume-share',
        'iaas-share',
        'segment-share',
        'token-share',
        'token-volume-share',
        'value-created',
        'cumulative-ebita',
        'ebita-margin',
        'cash',
      ])
      .describe(
        'What is measured at the end of the game: revenue-share (IaaS revenue share; iaas-share is its older name), volume-share (IaaS volume at constant prices), segment-share, token-share (model-API token revenue share), token-volume-share (share of tokens served), value-created (cumulative EBITA less parent injections, CNY B), cumulative-ebita, ebita-margin, cash.',
      ),
    segment: entityId('Segment id (only with metric segment-share).').optional(),
    target: num(
      'Target value: shares and margins as fractions, money in CNY B.',
      'fraction, or CNY B',
      { min: -1e6, max: 1e6 },
    ),
    direction: z
      .enum(['at-least', 'at-most'])
      .describe('Whether the target is a floor or a ceiling.'),
    baseline: num(
      'Value that earns no credit; credit grows linearly to the target. Money metrics below it earn negative credit (down to minus the weight). Default 0.',
      'same as target',
      { min: -1e6, max: 1e6 },
    ).optional(),
    weight: num('Weight in the score.', 'weight', { min: 0, max: 100, above: true }),
  })
  .describe('A scored objective.');

const sourceSchema = z
  .strictObject({
    id: nameId('Source id that blocks cite (not F1-F32 or a keyword).'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
      .max(2000)
      .describe('Address.'),
    note: z
      .string()
      .max(2000, 'must be at most 2000 characters')
      .optional()
      .describe('What it supports.'),
  })
  .describe('A public source cited by id.');

export const scenarioFileSchema = z
  .strictObject({
    format: z.literal(FORMAT).describe('Always `cloudwar-scenario`.'),
    version: z.literal(FORMAT_VERSION).describe('Format version; this app reads version 1.'),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by `-`')
      .max(64, 'must be at most 64 characters')
      .describe('Scenario id, lower-case words joined by `-` (used in saves).'),
    title: text('Title on the scenario card.'),
    premise: text('One-line premise.'),
    difficulty: z.enum(['intro', 'standard', 'hard']).describe('Difficulty shown on the card.'),
    origin: quarter('Quarter of the initial state (t = 0).'),
    start: quarter('First quarter the player decides (after origin).'),
    quarters: num('Number of quarters played from start.', 'quarters', QUARTERS),
    defaultHuman: entityId('Provider the player runs by default.'),
    lines: z
      .strictObject({ C: lineSchema, S: lineSchema, T: lineSchema })
      .describe('Product lines: C compute, S storage/network, T model-API tokens.'),
    market: marketSchema,
    segments: list(segmentSchema, LIMITS.segments, 'segments')
      .min(1, 'at least one segment')
      .describe('Customer segments, 1-40, in the order the game lists them.'),
    providers: list(providerSchema, LIMITS.providers, 'providers')
      .min(1, 'at least one provider')
      .describe('Providers, 1-40, in the order the game lists and resolves them.'),
    events: list(eventSchema, LIMITS.events, 'events')
      .default([])
      .describe('Dated events, at most 200.'),
    randomEvents: randomDeckSchema.default({ enabled: false, perQuarter: 0, cards: [] }),
    dilemmas: list(dilemmaSchema, LIMITS.dilemmas, 'dilemmas')
      .default([])
      .describe('Choices put to providers in given quarters, at most 40.'),
    objectives: list(objectiveSchema, LIMITS.objectives, 'objectives')
      .min(1, 'at least one objective')
      .describe('Scored objectives, 1-20.'),
    sources: list(sourceSchema, LIMITS.sources, 'sources')
      .default([])
      .describe('Public sources that blocks and numbers cite by id, at most 200.'),
  })
  .describe('A Cloud Price War scenario (see scenarios/README.md).');

/** The validated file, before normalisation (still holds citations). */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
