// Public surface of the engine. Everything outside game/engine imports from here.

export * from './types.ts';
export {
  MAX_SEED,
  startGame,
  newGame,
  playQuarter,
  replay,
  isFinished,
  nextQuarter,
  quartersPlayed,
} from './game.ts';
export type { LogEntry, StartedGame, Step, ReplayResult } from './game.ts';
export { resolveQuarter, EngineError } from './resolve.ts';
export type { Resolution } from './resolve.ts';
export { validateDecision, spendingRoom, gpuCapexLimit } from './validate.ts';
export {
  DECISION_FIELDS,
  MAX_SPEND,
  decisionField,
  fieldBounds,
  readPath,
  unitOfPath,
} from './decision-fields.ts';
export type {
  BoundsRule,
  DecisionField,
  DecisionGroup,
  DecisionPath,
  DecisionUnit,
} from './decision-fields.ts';
export {
  CLASS_ERROR_CODES,
  DECISION_ERROR_CODES,
  ENGINE_ERROR_CODES,
  SESSION_ERROR_CODES,
  codeName,
  isDecisionErrorCode,
} from './error-codes.ts';
export type {
  ClassErrorCode,
  DecisionErrorCode,
  EngineErrorCode,
  SessionErrorCode,
} from './error-codes.ts';
export { explain, attributionTotal, DRIVERS } from './explain.ts';
export type { Attribution, Driver, ShareMeasure } from './explain.ts';
export { SHARE_MEASURES } from './attribution.ts';
export { volumeShareOf } from './volume-share.ts';
export { explainAll, explainQuarter, explainSpan } from './lagged.ts';
export type { QuarterOptions } from './lagged.ts';
export { attributeTrajectory } from './trajectory.ts';
export type { TrajectoryAttribution } from './trajectory.ts';
export { benchmarks } from './benchmarks.ts';
export type { MarketBenchmark, BenchmarkSeller } from './benchmarks.ts';
export { stateHash, canonicalJson, hashText } from './hash.ts';
export { ENGINE_RULES } from './rules-version.ts';
export { score, objectiveValue, progressOf, segmentShareOf, MONEY_METRICS } from './score.ts';
export { holdDecision } from './hold.ts';
export { openDilemmas, dilemmasAt, policyOption } from './dilemmas.ts';
export type { ScoreResult, ObjectiveResult } from './score.ts';
export { labelAt, tOf, quarterIndex, labelOf } from './calendar.ts';
export { POLICY_KINDS, REASON_CODES, reasonText } from './policies/index.ts';
export type { PolicyReason } from './policies/index.ts';
export { suggestDecision } from './suggest.ts';
export { fitToMeans } from './affordability.ts';
export type { QuarterReport, MarketReport, ProviderReport } from './report.ts';
export type { Finance } from './finance.ts';
export { financeStatus, fundingOutlook } from './funding.ts';
export type { FinanceStatus, FundingOutlook } from './funding.ts';
export type { FinanceNews } from './finance-news.ts';
export type { FiredEvent } from './world.ts';
export {
  DEFAULT_HANDICAP,
  HANDICAPS,
  HARD_LOOKAHEAD,
  applyHandicap,
  isHandicap,
  smarterRivals,
} from './handicap.ts';
export type { Handicap } from './handicap.ts';
