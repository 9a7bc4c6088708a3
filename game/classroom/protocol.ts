// What a class's clients may send, as zod schemas with size limits: the server trusts nothing a
// browser sends. A decision's shape comes from the save file's schema (built from the engine's
// DECISION_FIELDS); its values are then checked by the engine itself, as in solo play.

import { z } from 'zod';
import { decisionSchema } from '../save/save-file.ts';
import { nameId } from '../scenario/fields.ts';
import { injectedEventSchema } from '../scenario/injected-event.ts';
import { CLASS_CODE_ALPHABET as CODE_ALPHABET } from './join-info.ts';

/** A class or team code as typed off the projector. */
export const codeSchema = z
  .string()
  .length(6)
  .regex(new RegExp(`^[${CODE_ALPHABET}]{6}$`), 'a code is 6 letters or digits');
const token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a token');
const seat = z.string().min(1).max(40);

/** A team name: what students type, shown to the class, so no control characters. */
export const teamName = z
  .string()
  .trim()
  .min(1, 'type a team name')
  .max(40, 'a team name has at most 40 characters')
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a team name cannot hold control characters');

/** A student's own name, for the teacher's grades list: optional, the same rules as a team's. */
const memberName = z
  .string()
  .trim()
  .max(40, 'a name has at most 40 characters')
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'a name cannot hold control characters')
  .optional();
const claimJoin = z.strictObject({
  classCode: codeSchema,
  seat,
  team: teamName,
  member: memberName,
});
const teammateJoin = z.strictObject({
  classCode: codeSchema,
  seat,
  teamCode: codeSchema,
  member: memberName,
});
const returnJoin = z.strictObject({ classCode: codeSchema, token });
const teacherJoin = z.strictObject({ teacherToken: token });
export type JoinOptions =
  | z.infer<typeof claimJoin>
  | z.infer<typeof teammateJoin>
  | z.infer<typeof returnJoin>
  | z.infer<typeof teacherJoin>;

/**
 * How a device joins a market: claim a free seat with a team name, join a teammate's seat with
 * its team code, come back with a token, or the teacher's console with the teacher token. The
 * key given picks the form, so a refusal names the field that is wrong, not "invalid input".
 */
export function parseJoin(
  options: unknown,
): { ok: true; join: JoinOptions } | { ok: false; why: string } {
  const given = typeof options === 'object' && options !== null ? options : {};
  const form =
    'teacherToken' in given
      ? teacherJoin
      : 'token' in given
        ? returnJoin
        : 'team' in given
          ? claimJoin
          : 'teamCode' in given
            ? teammateJoin
            : null;
  if (!form) return { ok: false, why: 'join with a team name, a team code or a token' };
  const parsed = form.safeParse(given);
  return parsed.success
    ? { ok: true, join: parsed.data }
    : { ok: false, why: firstIssue(parsed.error) };
}

export const draftMessage = z.strictObject({ draft: decisionSchema });
export const seatMessage = z.strictObject({
  action: z.enum(['suggest', 'reset', 'undo', 'commit']),
});
/** A client's own hash after replaying a resolved quarter (desync detection). */
export const hashMessage = z.strictObject({
  quarter: z.number().int().min(0).max(400),
  hash: z.string().regex(/^[0-9a-f]{8,64}$/),
});

export const teacherMessage = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('start') }),
  z.strictObject({ command: z.literal('pause') }),
  z.strictObject({ command: z.literal('resume') }),
  z.strictObject({ command: z.literal('extend'), minutes: z.number().int().min(1).max(60) }),
  z.strictObject({ command: z.literal('resolve') }),
  z.strictObject({ command: z.literal('undo-quarter') }),
  z.strictObject({ command: z.literal('free'), seat }),
  z.strictObject({ command: z.literal('move'), from: seat, to: seat }),
  // An event for the quarter being drafted: at most 20 effects, headlines of 120 characters.
  z.strictObject({ command: z.literal('shock'), event: injectedEventSchema }),
  // Takes back a shock still waiting for the quarter being drafted, by its id.
  z.strictObject({ command: z.literal('withdraw-shock'), id: nameId('Id of the waiting shock.') }),
  z.strictObject({ command: z.literal('notice'), text: z.string().max(280) }),
  z.strictObject({ command: z.literal('export') }),
]);
export type TeacherMessage = z.infer<typeof teacherMessage>;

/** The first problem of a refused message, as "field: what is wrong". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'malformed message';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'message';
  return `${where}: ${issue.message}`;
}
