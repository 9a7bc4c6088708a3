// What resolving a quarter tells the players: every provider's move and stated reason, each
// market's demand and share flows, and every provider's books. `explain` and the charts read
// only this.

import type { FinanceNews } from './finance-news.ts';
import type { Finance } from './finance.ts';
import type { PolicyReason } from './policies/reasons.ts';
import type { Decision, DilemmaChoice } from './types.ts';
import type { FiredEvent } from './world.ts';

export interface MarketReport {
  segment: string;
  line: number;
  demand: number;
  previousDemand: number;
  previousServedTotal: number;
  contestable: number;
  churn: number;
  /** Price coefficient of utility (utils per unit of ln price). */
  beta: number;
  /** This quarter's reference price over last quarter's: the market-wide price drift. */
  referenceChange: number;
  switchingCost: number;
  active: boolean[];
  /** Served volume shares last quarter, and after this quarter's one-off events. */
  previous: number[];
  start: number[];
  target: number[];
  allocatedShare: number[];
  served: number[]; // volume per provider
  share: number[]; // served volume shares (next quarter's starting point)
  shortfall: number[];
  spilledIn: number[];
  lost: number;
  prices: number[];
  previousPrices: number[];
  utility: number[][]; // [component][provider]
  /** The part of each provider's trust utility that this quarter's events (outages) caused. */
  trustShockUtility: number[];
  previousUtility: number[][];
  spend: number; // CNY B
}

export interface ProviderReport {
  id: string;
  controller: 'human' | 'policy';
  policy: string;
  decision: Decision;
  /** Why a computer-run provider moved (contract C2); undefined for humans. */
  reason: PolicyReason | undefined;
  finance: Finance;
  /** IaaS revenue share (fraction): compute plus storage/network revenue over everyone's. */
  iaasShare: number;
  previousIaasShare: number;
  /**
   * IaaS volume share (fraction): served RSU of compute plus storage/network over everyone's,
   * every unit counted at its 2021Q2 reference price, so a price cut cannot lower it by itself.
   */
  volumeShare: number;
  previousVolumeShare: number;
  tokenShare: number;
  segmentShare: number[]; // IaaS revenue share per segment
  previousSegmentShare: number[];
  segmentVolumeShare: number[]; // IaaS volume share per segment
  previousSegmentVolumeShare: number[];
  quality: number;
  ecosystem: number;
  trust: number;
  integration: number;
  gpu: number;
  cpu: number;
  gpuUtilisation: number;
  cpuUtilisation: number;
  unitCost: number[];
  trustShock: number;
}

export interface QuarterReport {
  t: number;
  quarter: string;
  events: FiredEvent[];
  /** Every provider's dilemma answers this quarter (also in `events`, for the news). */
  dilemmas: DilemmaChoice[];
  markets: MarketReport[];
  providers: ProviderReport[];
  iaasSpend: number; // CNY B
  tokenSpend: number; // CNY B
  segmentSpend: number[]; // IaaS spend per segment, CNY B
  previousSegmentSpend: number[];
  referencePrice: number[];
  /** Credit-line draws, repayments and parent injections of this quarter, in provider order. */
  financeNews: FinanceNews[];
}
