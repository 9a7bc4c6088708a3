// Providers and the policies that run them when no human does. Policy parameters all have
// defaults (MODEL.md §2.11) so an author writes only what differs from the usual rival.
import { z } from 'zod';
import {
  CAPACITY,
  FRACTION,
  GROWTH,
  LEAD,
  MONEY,
  POINTS,
  PRICE,
  entityId,
  lineId,
  list,
  num,
  pathPoints,
  quarter,
  sourceRef,
  text,
  withDefault,
} from './fields.ts';
import { LIMITS } from './limits.ts';
import { POLICY_DEFAULTS, PROVIDER_DEFAULTS, RESIDUAL_DEFAULTS } from './defaults.ts';

const priceChange = num('Price change this quarter (-0.15 = cut 15 %).', 'fraction', {
  min: -0.99,
  max: 1,
});
const projectExit = (about: string) =>
  num(about, 'fraction of integration capability per quarter', { min: -0.05, max: 0.5 });

export const scriptMoveSchema = z
  .strictObject({
    quarter: quarter('Quarter of the move (after origin, up to the last quarter).'),
    price: z
      .strictObject({
        C: priceChange.optional(),
        S: priceChange.optional(),
        T: priceChange.optional(),
      })
      .optional()
      .describe('Price changes per line; omitted lines follow the policy.'),
    tokenPrice: num(
      'Absolute token price; wins over price.T.',
      'CNY per million tokens',
      PRICE,
    ).optional(),
    gpuCapex: num('GPU capex this quarter.', 'CNY B', MONEY).optional(),
    dcCapex: num('Data-centre (CPU/storage) capex this quarter.', 'CNY B', MONEY).optional(),
    rnd: num('Model R&D spending this quarter.', 'CNY B', MONEY).optional(),
    ecosystem: num('Ecosystem spending this quarter.', 'CNY B', MONEY).optional(),
    creditDeal: z
      .strictObject({
        amount: num('Investment in AI start-ups.', 'CNY B', MONEY),
        creditFraction: num('Part of the investment paid in compute credits.', 'fraction', {
          min: 0,
          max: 0.8,
        }),
      })
      .optional()
      .describe('Compute-credits-for-equity deal.'),
    projectExit: projectExit('Project exit rate this quarter (negative = rebuild).').optional(),
    security: num('Sales and security spend this quarter.', 'CNY B', MONEY).optional(),
    reason: text('Why the provider made this move (shown to players).'),
    source: sourceRef,
  })
  .describe('A scripted move, applied on its quarter over the policy’s own choice.');

const share = (about: string) => num(about, 'fraction of last quarter’s revenue', FRACTION);
const P = POLICY_DEFAULTS;

export const policySchema = z
  .strictObject({
    kind: z
      .enum([
        'history',
        'price-follower',
        'penetration',
        'margin-defender',
        'hybrid-specialist',
        'open-weights',
      ])
      .describe('Named rival strategy (MODEL.md §2.11).'),
    rndShare: withDefault(share('Model R&D spend.'), P.rndShare),
    ecosystemShare: withDefault(share('Ecosystem spend.'), P.ecosystemShare),
    securityShare: withDefault(share('Sales and security spend.'), P.securityShare),
    trainShare: withDefault(
      num('GPU capacity reserved for own model training.', 'fraction', {
        min: 0,
        max: 0.6,
      }),
      P.trainShare,
    ),
    utilisationTarget: withDefault(
      num('Forecast utilisation the capacity plan aims for.', 'fraction', {
        min: 0.05,
        max: 1,
      }),
      P.utilisationTarget,
    ),
    gpuPushPerYear: withDefault(
      num('GPU capacity growth bought regardless of demand.', 'per year', GROWTH),
      P.gpuPushPerYear,
    ),
    followGap: withDefault(
      num('Price follower: gap to the cheapest rival that triggers a cut.', 'fraction', FRACTION),
      P.followGap,
    ),
    followShareLoss: withDefault(
      num('Price follower: share loss in a quarter that triggers a cut.', 'fraction', FRACTION),
      P.followShareLoss,
    ),
    followMarkup: withDefault(
      num('Price follower: markup kept over the cheapest rival.', 'fraction', FRACTION),
      P.followMarkup,
    ),
    followFraction: withDefault(
      num('Hybrid specialist: part of the leader’s cut matched.', 'fraction', FRACTION),
      P.followFraction,
    ),
    targetLerner: withDefault(
      num('Margin defender: target Lerner index (p - c) / p.', 'fraction', {
        min: 0,
        max: 0.95,
      }),
      P.targetLerner,
    ),
    tokenLossBudget: withDefault(
      num('Penetration pricer: cumulative token loss it accepts.', 'CNY B', MONEY),
      P.tokenLossBudget,
    ),
    projectExit: withDefault(projectExit('Standing project exit rate.'), P.projectExit),
    reaction: z
      .enum(['none', 'punisher', 'best-responder'])
      .default('none')
      .describe(
        'How the provider answers rivals’ prices on top of its kind: none; punisher (answers a deep cut beyond the market path with a deeper price for some quarters, then forgives); best-responder (tries a grid of its own prices one quarter ahead with rivals held at last quarter’s prices).',
      ),
    reactionLag: withDefault(
      num('Punisher: quarters between a rival’s cut and the answer.', 'quarters', LEAD),
      P.reactionLag,
    ),
    reactionIntensity: withDefault(
      num(
        'Punisher: how far under the cutter’s price it goes, as a fraction of the cut; best-responder: how much of the way to the best price it moves in one quarter.',
        'fraction',
        FRACTION,
      ),
      P.reactionIntensity,
    ),
    punishQuarters: withDefault(
      num('Punisher: quarters the answer lasts before it forgives.', 'quarters', LEAD),
      P.punishQuarters,
    ),
    punishThreshold: withDefault(
      num('Punisher: cut beyond the market path that counts as deep.', 'fraction', FRACTION),
      P.punishThreshold,
    ),
    lookahead: withDefault(
      num('Best-responder: grid points tried per price line (0 = off).', 'grid points', {
        min: 0,
        max: 7,
        int: true,
      }),
      P.lookahead,
    ),
    cashBuffer: withDefault(
      num(
        'Cash kept above the market’s cash floor, as a fraction of last quarter’s revenue; spending is held back to keep it.',
        'fraction of last quarter’s revenue',
        { min: 0, max: 2 },
      ),
      P.cashBuffer,
    ),
    script: list(scriptMoveSchema, LIMITS.scriptMoves, 'script moves')
      .default([])
      .describe('Scripted moves in quarter order, at most 200.'),
    tokenPath: pathPoints(
      'Open-weights disruptor: token price path.',
      'CNY per million tokens',
      PRICE,
    ).default([]),
  })
  .describe('How the provider decides when no human plays it.');

const lineMap = (about: string, unit: string) =>
  z
    .strictObject({
      C: num(`${about} (compute).`, unit, PRICE).optional(),
      S: num(`${about} (storage/network).`, unit, PRICE).optional(),
      T: num(`${about} (tokens).`, 'CNY per million tokens', PRICE).optional(),
    })
    .describe(
      `${about}; required for every line the provider sells, others default to the line’s refStart.`,
    );

export const providerSchema = z
  .strictObject({
    id: entityId('Provider id, unique.'),
    name: text('Display name.'),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4')
      .describe('Map and chart colour, #rrggbb.'),
    iaas: z.boolean().describe('Counts in the IaaS share (false for token-only labs).'),
    lines: list(lineId, 3, 'lines')
      .min(1, 'a provider sells at least one line')
      .describe('Lines sold, each once.'),
    policy: policySchema,
    gpuSupply: z.enum(['nvidia', 'domestic']).describe('Where its GPUs come from.'),
    price0: lineMap('Price at the origin', 'index, 1 = origin list level'),
    quality0: num('Own model quality at the origin.', 'index 0-100', POINTS),
    ecosystem0: num('Ecosystem strength at the origin.', 'index 0-100', POINTS),
    trust0: num('Trust / security rating at the origin.', 'index 0-100', POINTS),
    trustFloor: num('Structural trust floor that trust decays towards.', 'index 0-100', POINTS),
    projectRevenue0: num(
      'Project revenue at integration capability 1.',
      'CNY B per quarter',
      MONEY,
    ),
    otherRevenue0: num(
      'Exogenous revenue (international, internal, legacy).',
      'CNY B per quarter',
      MONEY,
    ),
    otherGrowthPerYear: withDefault(
      num('Growth of the exogenous revenue.', 'per year', GROWTH),
      PROVIDER_DEFAULTS.otherGrowthPerYear,
    ),
    paasRatio0: withDefault(
      num('PaaS/AI-platform revenue per unit of public IaaS revenue.', 'ratio', {
        min: 0,
        max: 10,
      }),
      PROVIDER_DEFAULTS.paasRatio0,
    ),
    paasRatioGrowth: withDefault(
      num('Growth of the PaaS ratio from paasGrowthFrom.', 'per quarter', {
        min: -0.5,
        max: 0.5,
      }),
      PROVIDER_DEFAULTS.paasRatioGrowth,
    ),
    paasGrowthFrom: quarter('Quarter the PaaS ratio starts growing; default origin.').optional(),
    gpu0: num('GPUs installed at the origin.', 'kGPU', CAPACITY),
    cpu0: num('CPU/storage capacity installed at the origin.', 'RSU per quarter', CAPACITY),
    gpuOrderCap: num('GPUs suppliers will deliver per quarter.', 'kGPU per quarter', CAPACITY),
    tokenThroughput0: num(
      'Tokens one kGPU serves per quarter.',
      'trillion tokens per kGPU-quarter',
      {
        min: 0,
        max: 1e6,
        above: true,
      },
    ),
    costFactor: withDefault(
      num('Multiplier on variable unit costs.', 'multiple', {
        min: 0.01,
        max: 100,
      }),
      PROVIDER_DEFAULTS.costFactor,
    ),
    fixedCost0: num('S&M and G&A cost at the origin.', 'CNY B per quarter', MONEY),
    fixedCostGrowthPerYear: withDefault(
      num('Growth of the fixed cost.', 'per year', GROWTH),
      PROVIDER_DEFAULTS.fixedCostGrowthPerYear,
    ),
    cash0: num('Cash at the origin.', 'CNY B', { min: -1e4, max: 1e5 }),
    debt0: num('Debt at the origin.', 'CNY B', MONEY),
    interestRate: num('Interest rate on debt.', 'per year', { min: 0, max: 0.5 }),
    guarantee: withDefault(
      num('Debt the parent guarantees.', 'CNY B', MONEY),
      PROVIDER_DEFAULTS.guarantee,
    ),
    residual: z
      .strictObject({
        offset: withDefault(
          num('Calibrated utility offset.', 'utils', { min: -5, max: 5 }),
          RESIDUAL_DEFAULTS.offset,
        ),
        drift: withDefault(
          num('Calibrated utility drift until residualFreeze.', 'utils per quarter', {
            min: -1,
            max: 1,
          }),
          RESIDUAL_DEFAULTS.drift,
        ),
      })
      .optional()
      .meta({ default: RESIDUAL_DEFAULTS })
      .describe('Calibrated residual attractiveness, shown to players as unexplained drift.'),
    source: sourceRef,
  })
  .describe('A cloud provider or model lab.');
