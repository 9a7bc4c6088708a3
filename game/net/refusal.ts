// The code at the end of a class server's refused join (game/classroom/server/refusal.ts writes
// "message [class/code]"), so the join page can translate it; null for any other error.

export interface Refusal {
  code: string;
  message: string;
}

const CODED = /^(.*) \[([a-z]+\/[a-z_]+)\]$/s;

export function readRefusal(text: string): Refusal | null {
  const found = CODED.exec(text);
  return found ? { message: found[1]!, code: found[2]! } : null;
}
