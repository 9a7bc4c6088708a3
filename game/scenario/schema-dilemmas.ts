// Dilemmas: a choice put to providers in one quarter, with 2-3 options whose consequences the
// engine resolves (amounts added to the chooser's decision, effects like an event's with
// provider 'self' for the chooser). Cross-references (providers, segments, the default option,
// unique ids) are checked in check-dilemmas.ts.
import { z } from 'zod';
import {
  FRACTION,
  MONEY,
  entityId,
  list,
  nameId,
  num,
  quarter,
  sourceRef,
  text,
} from './fields.ts';
import { LIMITS } from './limits.ts';
import { effectSchema } from './schema-events.ts';

const POLICY_KINDS = [
  'history',
  'price-follower',
  'penetration',
  'margin-defender',
  'hybrid-specialist',
  'open-weights',
] as const;

const money = (about: string) => num(about, 'CNY B', MONEY).optional();

const decisionEffectSchema = z
  .strictObject({
    gpuCapex: money('GPU capex added (capped at what suppliers deliver).'),
    dcCapex: money('Data-centre capex added.'),
    rnd: money('Model R&D added.'),
    ecosystem: money('Ecosystem spend added.'),
    creditDeal: z
      .strictObject({
        amount: num('Size of the credits-for-equity deal.', 'CNY B', MONEY),
        creditFraction: num('Part paid in compute credits.', 'fraction', { min: 0, max: 0.8 }),
      })
      .optional()
      .describe('A credits-for-equity deal added to the quarter’s deal.'),
    projectExit: num('Integration capability dropped, added.', 'fraction', FRACTION).optional(),
    openSource: z
      .boolean()
      .optional()
      .describe('Release the flagship model as open weights (not while one is cooling down).'),
  })
  .describe('Amounts added to the chooser’s decision of that quarter.');

const optionSchema = z
  .strictObject({
    id: nameId('Option id, unique within the dilemma.'),
    title: text('The answer, as a button label.'),
    consequence: text('What happens, as the player is told before choosing.'),
    decision: decisionEffectSchema.default({}),
    effects: list(effectSchema, LIMITS.effects, 'effects')
      .default([])
      .describe("Effects like an event's, 0-20; provider `self` is whoever chose this option."),
    preferredBy: list(z.enum(POLICY_KINDS), POLICY_KINDS.length, 'policy kinds')
      .default([])
      .describe('Policy kinds that choose this option for a computer-run provider.'),
  })
  .describe('One answer to a dilemma.');

export const dilemmaSchema = z
  .strictObject({
    id: nameId('Dilemma id, unique among dilemmas.'),
    quarter: quarter('Quarter whose decision answers it (from start to the last quarter).'),
    title: text('Headline of the dilemma card.'),
    body: text('The situation, as the player reads it.'),
    providers: list(entityId('Provider id.'), LIMITS.providers, 'providers')
      .default([])
      .describe('Providers asked; omitted or empty: every IaaS provider.'),
    options: list(optionSchema, 3, 'options')
      .min(2, 'a dilemma needs at least 2 options')
      .describe('The answers, 2-3.'),
    default: nameId(
      'Option taken by a player who does not answer and by policies with no preference.',
    ),
    source: sourceRef,
  })
  .describe('A choice put to providers in one quarter.');
