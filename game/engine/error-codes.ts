// Every code a DecisionError can carry, listed once. The engine's codes say what is wrong with
// a draft; the session's ('store/...') say why an action came at the wrong time or with bad
// data. Callers compare against these typed codes, never against free strings, and the tests
// check that every code has a text in both languages.

export const ENGINE_ERROR_CODES = [
  'decision/unknown_provider',
  'decision/not_an_object',
  'decision/not_a_number',
  'decision/below_minimum',
  'decision/above_maximum',
  'decision/line_not_sold',
  'decision/below_floor',
  'decision/integration_floor',
  'decision/integration_ceiling',
  'decision/not_a_boolean',
  'decision/open_source_cooldown',
  'decision/not_a_list',
  'decision/unknown_segment',
  'decision/duplicate_segment',
  'decision/no_such_dilemma',
  'decision/no_such_option',
  'decision/unaffordable',
] as const;

export const SESSION_ERROR_CODES = [
  'store/not_human',
  'store/game_over',
  'store/committed',
  'store/nothing_to_undo',
  'store/not_committed',
  'store/bad_log',
  'store/replay_failed',
  'store/new_game',
  'store/engine',
] as const;

/** A class server's refusals (game/classroom): seats, the teacher's clock, the class phase. */
export const CLASS_ERROR_CODES = [
  'class/no_such_seat',
  'class/bad_shock',
  'class/seat_taken',
  'class/seat_free',
  'class/not_started',
  'class/paused',
  'class/over',
  'class/already_started',
  'class/not_paused',
  'class/bad_message',
  'class/rate_limited',
  'class/not_allowed',
  'class/stale',
  'class/bad_join',
  'class/wrong_class_code',
  'class/wrong_team_code',
  'class/not_seated',
  'class/console_remote',
  'class/wrong_teacher_token',
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];
export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];
export type ClassErrorCode = (typeof CLASS_ERROR_CODES)[number];
export type DecisionErrorCode = EngineErrorCode | SessionErrorCode | ClassErrorCode;

export const DECISION_ERROR_CODES: readonly DecisionErrorCode[] = [
  ...ENGINE_ERROR_CODES,
  ...SESSION_ERROR_CODES,
  ...CLASS_ERROR_CODES,
];

const known = new Set<string>(DECISION_ERROR_CODES);

/** True when `code` is one of the listed codes (a save or a server message may carry others). */
export function isDecisionErrorCode(code: string): code is DecisionErrorCode {
  return known.has(code);
}

/** The code without its layer: 'decision/below_floor' → 'below_floor' (the i18n key's tail). */
export function codeName(code: DecisionErrorCode): string {
  return code.slice(code.indexOf('/') + 1);
}
