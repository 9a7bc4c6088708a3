// Defaults of optional numbers, in one table used by the schema (as documentation: the
// JSON Schema and README show them) and by the normaliser (which fills them in). They are
// not zod defaults, so the normaliser can tell a written number, which gets a citation,
// from a default, which does not.

/** Rival policy parameters (MODEL.md §2.11). */
export const POLICY_DEFAULTS = {
  rndShare: 0.1,
  ecosystemShare: 0.03,
  securityShare: 0.02,
  trainShare: 0.2,
  utilisationTarget: 0.75,
  gpuPushPerYear: 0,
  followGap: 0.15,
  followShareLoss: 0.005,
  followMarkup: 0.05,
  followFraction: 0.5,
  targetLerner: 0.35,
  tokenLossBudget: 15,
  projectExit: 0,
  reactionLag: 1,
  reactionIntensity: 0.5,
  punishQuarters: 2,
  punishThreshold: 0.15,
  lookahead: 3,
  cashBuffer: 0.1,
} as const;

export const PROVIDER_DEFAULTS = {
  costFactor: 1,
  guarantee: 0,
  paasRatio0: 0,
  paasRatioGrowth: 0,
  otherGrowthPerYear: 0,
  fixedCostGrowthPerYear: 0,
} as const;

export const RESIDUAL_DEFAULTS = { offset: 0, drift: 0 } as const;
