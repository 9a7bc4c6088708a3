// What a market's journal holds: one entry per accepted change, as a zod schema that both
// checks a journal line when a class is resumed and defines the entry type the reducer takes
// (game/classroom/market.ts), so the two can never disagree.

import { z } from 'zod';
import { decisionSchema } from '../save/save-file.ts';
import { nameId } from '../scenario/fields.ts';
import { injectedEventSchema } from '../scenario/injected-event.ts';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const seat = z.string().min(1).max(40);
const at = z.number().int().nonnegative();
/** A student's name as typed on the join page (absent in journals written before names). */
const member = z.string().min(1).max(40).optional();
export const entrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('claim'),
    seat,
    team: z.string().max(40),
    tokenHash: hash,
    teamCodeHash: hash,
    member,
  }),
  z.strictObject({ kind: z.literal('device'), seat, tokenHash: hash, member }),
  z.strictObject({ kind: z.literal('free'), seat }),
  // The team on seat `from` (its name, devices and team code) moves to the empty seat `to`.
  z.strictObject({ kind: z.literal('move'), from: seat, to: seat }),
  // A teacher's shock for the quarter being drafted (checked against the scenario on apply).
  z.strictObject({ kind: z.literal('shock'), event: injectedEventSchema }),
  // The teacher takes back a shock that still waits for the quarter being drafted.
  z.strictObject({ kind: z.literal('withdraw-shock'), id: nameId('Id of the waiting shock.') }),
  z.strictObject({ kind: z.literal('draft'), seat, draft: decisionSchema }),
  z.strictObject({
    kind: z.literal('seat'),
    seat,
    action: z.enum(['suggest', 'reset', 'undo', 'commit']),
  }),
  z.strictObject({ kind: z.literal('start'), at }),
  z.strictObject({ kind: z.literal('pause'), at }),
  z.strictObject({ kind: z.literal('resume'), at }),
  z.strictObject({ kind: z.literal('extend'), ms: at }),
  // `played`: quarters resolved before this one, so a late duplicate resolves nothing.
  z.strictObject({
    kind: z.literal('resolve'),
    at,
    why: z.enum(['all', 'deadline', 'teacher']),
    played: z.number().int().nonnegative(),
  }),
  z.strictObject({ kind: z.literal('undo-quarter'), at }),
  z.strictObject({ kind: z.literal('notice'), text: z.string().max(280) }),
]);

export type MarketEntry = z.infer<typeof entrySchema>;
