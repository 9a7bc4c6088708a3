// Events, random cards and their effects. An effect names providers and segments by id;
// that the ids exist (and that 'random' appears only on random cards) is a cross-reference
// check in checks.ts, because the schema alone cannot see the rest of the file.
import { z } from 'zod';
import {
  DELTA,
  FRACTION,
  LEAD,
  MONEY,
  MULTIPLIER,
  QUARTERS,
  entityId,
  lineId,
  list,
  nameId,
  num,
  quarter,
  sourceRef,
  text,
} from './fields.ts';
import { LIMITS } from './limits.ts';
import { TREND_DRIVERS } from '../engine/index.ts';

const providerRef = z
  .string()
  .regex(
    /^(random|self|[A-Z][A-Z0-9]{1,7})$/,
    "must be a provider id, 'random' on a random card or 'self' in a dilemma option",
  )
  .describe(
    "Provider id, 'random' (random cards only: one IaaS provider drawn by the seed) or 'self' (dilemma options only: the provider that chose it).",
  );
const segmentRefs = list(entityId('Segment id.'), LIMITS.segments, 'segments')
  .min(1, 'name at least one segment')
  .describe('Segment ids the effect applies to.');
const lineRefs = list(lineId, 3, 'lines')
  .min(1, 'name at least one line')
  .describe('Product lines the effect applies to.');
const effectQuarters = num('How many quarters the effect lasts.', 'quarters', QUARTERS);

const kind = <K extends string>(k: K, about: string) => z.literal(k).describe(about);

export const effectSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: kind('trust', 'Shift of one provider’s trust rating.'),
      provider: providerRef,
      delta: num('Change of trust.', 'points on the 0-100 trust index', DELTA),
    }),
    z.strictObject({
      kind: kind('growth', 'Multiplier on segments’ spend growth.'),
      segments: segmentRefs,
      multiplier: num('Multiplier on the yearly growth rate.', 'multiple', MULTIPLIER),
      quarters: effectQuarters,
    }),
    z.strictObject({
      kind: kind('demand', 'Multiplier on volume demanded, ramped in.'),
      segments: segmentRefs,
      lines: lineRefs,
      factor: num('Final multiplier on demand.', 'multiple', MULTIPLIER),
      rampQuarters: num('Quarters over which the factor ramps in.', 'quarters', QUARTERS),
    }),
    z.strictObject({
      kind: kind('gpu-supply', 'GPU supply shock (export controls, bans).'),
      supply: z.enum(['nvidia', 'domestic', 'all']).describe('Which GPU supply chain is affected.'),
      capMultiplier: num('Multiplier on GPU order caps.', 'multiple', MULTIPLIER),
      costMultiplier: num('Multiplier on GPU unit cost.', 'multiple', MULTIPLIER),
      lead: num('GPU delivery lead time while the shock lasts.', 'quarters', LEAD),
      quarters: effectQuarters,
    }),
    z.strictObject({
      kind: kind('frontier', 'Jump of the frontier model quality.'),
      delta: num('Change of frontier quality.', 'quality points', DELTA),
    }),
    z.strictObject({
      kind: kind('throughput', 'Multiplier on token throughput per GPU (all providers).'),
      multiplier: num('Multiplier on tokens per GPU-quarter.', 'multiple', MULTIPLIER),
    }),
    z.strictObject({
      kind: kind('impairment', 'Write-down of equity stakes in AI start-ups.'),
      fraction: num('Fraction of stake book value written off.', 'fraction', FRACTION),
    }),
    z.strictObject({
      kind: kind('credit-burn', 'Change of the rate start-ups burn compute credits.'),
      multiplier: num('Multiplier on credit burn.', 'multiple', MULTIPLIER),
      quarters: effectQuarters,
    }),
    z.strictObject({
      kind: kind('utility', 'Utility shift for providers in some markets.'),
      providers: list(providerRef, LIMITS.providers, 'providers')
        .min(1, 'name at least one provider')
        .describe('Provider ids the effect applies to.'),
      segments: segmentRefs,
      lines: lineRefs,
      delta: num('Change of utility.', 'utils', DELTA),
      quarters: effectQuarters,
    }),
    z.strictObject({
      kind: kind(
        'trend',
        'A gradual shift of buyers’ preference with a named cause, booked under its own driver.',
      ),
      driver: z
        .enum(TREND_DRIVERS)
        .describe('Driver the attribution books it under: stateBuyers (F9) or inSourcing (F6).'),
      providers: list(providerRef, LIMITS.providers, 'providers')
        .min(1, 'name at least one provider')
        .describe('Provider ids the effect applies to.'),
      segments: segmentRefs,
      lines: lineRefs,
      perQuarter: num(
        'Utility added each quarter while the trend grows.',
        'utils per quarter',
        DELTA,
      ),
      quarters: num('Quarters the trend grows for; it then holds.', 'quarters', QUARTERS),
    }),
    z.strictObject({
      kind: kind('compliance', 'Compliance cost for every token seller.'),
      cost: num('Cost per token seller per quarter.', 'CNY B per quarter', MONEY),
    }),
    z.strictObject({
      kind: kind('reference-price', 'Step in one line’s reference price.'),
      line: lineId,
      multiplier: num('Multiplier on the reference price.', 'multiple', MULTIPLIER),
    }),
    z.strictObject({
      kind: kind('anchor-loss', 'A provider loses part of one segment (anchor customer leaves).'),
      provider: providerRef,
      segment: entityId('Segment id.'),
      fraction: num('Fraction of the provider’s volume in the segment lost.', 'fraction', FRACTION),
      to: providerRef
        .optional()
        .describe(
          'Provider that wins the customer; omitted: the customer in-sources and leaves the market.',
        ),
    }),
  ])
  .describe('One effect of an event or card; `kind` picks the mechanism.');

// An event may have no effect at all: news that sets the scene (the ChatGPT moment) still
// belongs on the ticker.
const effects = list(effectSchema, LIMITS.effects, 'effects').describe(
  'What happens, 0-20 effects.',
);

export const eventSchema = z
  .strictObject({
    id: nameId('Event id, unique among events and cards.'),
    quarter: quarter('Quarter in which the event fires (after origin, up to the last quarter).'),
    title: text('Headline.'),
    body: text('News text.'),
    effects,
    source: sourceRef,
  })
  .describe('A dated event.');

export const cardSchema = z
  .strictObject({
    id: nameId('Card id, unique among events and cards.'),
    title: text('Headline.'),
    effects,
    weight: num('Relative chance of this card being drawn.', 'weight', {
      min: 0,
      max: 1e4,
      above: true,
    }),
    source: sourceRef,
  })
  .describe('A card of the random event deck.');

export const randomDeckSchema = z
  .strictObject({
    enabled: z.boolean().describe('Whether cards are drawn at all.'),
    perQuarter: num('Chance of drawing a card each quarter.', 'probability', FRACTION).default(0),
    cards: list(cardSchema, LIMITS.cards, 'cards')
      .default([])
      .describe('The deck, at most 200 cards.'),
  })
  .describe('Optional random events, drawn from the seeded generator.');
