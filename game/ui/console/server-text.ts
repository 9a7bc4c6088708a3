// What a class server said, in the teacher's language: a refusal's errors by their codes (the
// texts students see for the same codes), and a refused join's "message [class/code]" read back
// as the join page reads it (game/net/refusal.ts). Words without a code stay as the server wrote
// them.

import type { DecisionError, DecisionErrorCode } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { readRefusal } from '../../net/refusal.ts';
import { errorText } from '../error-text.ts';

export function refusalText(errors: readonly DecisionError[], loc: Locale): string {
  return errors.map((e) => errorText(e, loc)).join('; ');
}

/** A lost or refused connection: translated when the server's words end with a class code. */
export function connectionText(why: string, loc: Locale): string {
  const refused = readRefusal(why);
  if (!refused) return why;
  const code = refused.code as DecisionErrorCode;
  return errorText({ field: 'join', code, message: refused.message }, loc);
}
