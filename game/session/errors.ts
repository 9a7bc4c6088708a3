// Store-level refusals share the engine's DecisionError shape, so the UI shows every problem,
// whether a field was out of range or the action came at the wrong time, the same way.

import type { DecisionError, SessionErrorCode } from '../engine/index.ts';

type Name<C> = C extends `store/${infer N}` ? N : never;

export function storeError(
  field: string,
  code: Name<SessionErrorCode>,
  message: string,
): DecisionError {
  return { field, code: `store/${code}`, message };
}

/** Turns anything an engine call threw into one error the player can read. */
export function thrownError(
  field: string,
  code: Name<SessionErrorCode>,
  thrown: unknown,
): DecisionError {
  return storeError(field, code, thrown instanceof Error ? thrown.message : String(thrown));
}
