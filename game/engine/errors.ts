// The engine's one error type: thrown for programmer errors (an invalid decision handed to
// resolveQuarter, a log that does not replay), never for a player's draft, which
// validateDecision answers with reasons instead.

export class EngineError extends Error {
  constructor(
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
