// A refused join as Colyseus carries it: an HTTP-like status and one message string. The message
// ends with the refusal's code in brackets ("wrong class code [class/wrong_class_code]"), which
// the join page reads back (game/net/refusal.ts) to show the refusal in the student's language.

import { ServerError } from '@colyseus/core';

export function refusal(status: number, code: string, message: string): ServerError {
  return new ServerError(status, `${message} [${code}]`);
}
