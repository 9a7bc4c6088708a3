// What resolving a quarter tells the players: every provider's move and stated reason, each
// market's demand and share flows, and every provider's books. `explain` and the charts read
// only this.

import type { Finance } from './finance.ts';
import type { PolicyReason } from './policies/reasons.ts';
import type { Decision } from './types.ts';
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
  iaasShare: number;
  previousIaasShare: number;
  tokenShare: number;
  segmentShare: number[]; // IaaS revenue share per segment
  previousSegmentShare: number[];
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
  markets: MarketReport[];
  providers: ProviderReport[];
  iaasSpend: number; // CNY B
  tokenSpend: number; // CNY B
  segmentSpend: number[]; // IaaS spend per segment, CNY B
  previousSegmentSpend: number[];
  referencePrice: number[];
}
