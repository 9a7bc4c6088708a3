// Limits on a scenario file. They bound the work a file can ask of the loader and the
// engine (a hostile or broken file must fail fast, never hang or exhaust memory).
export const LIMITS = {
  bytes: 512 * 1024,
  /** yaml's maxAliasCount: how much alias expansion toJS allows before refusing. */
  aliases: 50,
  providers: 40,
  segments: 40,
  events: 200,
  cards: 200,
  scriptMoves: 200,
  pathPoints: 400,
  effects: 20,
  objectives: 20,
  dilemmas: 40,
  sources: 200,
} as const;
