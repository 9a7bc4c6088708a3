// What the map shows, as plain data read from the game store: one entry per segment (spend and
// each provider's share of it) and one per provider (books and capacity). Pure: no Phaser.

import { financeStatus, labelAt, segmentShareOf, volumeShareOf } from '../../engine/index.ts';
import type { QuarterReport } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { GameData, MapShare } from '../../store/index.ts';
import { colourNumber } from '../theme.ts';

export interface SegmentView {
  id: string;
  name: string;
  /** IaaS spend, CNY B per quarter. */
  spend: number;
  /** Each provider's share of the segment (by the model's `measure`), in provider order. */
  shares: number[];
}

export interface ProviderView {
  id: string;
  name: string;
  colour: number;
  cssColour: string;
  human: boolean;
  iaasShare: number; // IaaS revenue share
  volumeShare: number; // IaaS volume share (RSU)
  revenue: number; // CNY B/qtr
  ebita: number; // CNY B/qtr
  cash: number; // CNY B
  debt: number; // CNY B
  creditLimit: number; // CNY B
  cashFloor: number; // CNY B
  interestDue: number; // CNY B next quarter on today's debt
  /** CNY B the parent group has injected so far. */
  injected: number;
  gpu: number; // kGPU
  cpu: number; // RSU/qtr
  gpuUtilisation: number;
  cpuUtilisation: number;
}

export interface MapModel {
  locale: Locale;
  /** The quarter the figures describe, e.g. "2023Q1". */
  quarter: string;
  title: string;
  /** Which share the segment slices show. */
  measure: MapShare;
  segments: SegmentView[];
  providers: ProviderView[];
  /** Largest cash among providers: the full scale of every cash gauge. */
  cashScale: number;
  /** Segment layout order for the whole game (largest at the origin first). */
  order: number[];
}

export type MapSource = Pick<GameData, 'scenario' | 'game' | 'reports' | 'history' | 'humans'>;

/** The newest report, played or pre-game history; undefined at a game's origin. */
export function latestReport(data: MapSource): QuarterReport | undefined {
  return data.reports[data.reports.length - 1] ?? data.history[data.history.length - 1];
}

const finite = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);

export function buildMapModel(
  data: MapSource,
  locale: Locale,
  measure: MapShare = 'volume',
): MapModel {
  const { scenario, game } = data;
  const report = latestReport(data);
  const segments: SegmentView[] = scenario.segments.map((spec, s) => ({
    id: spec.id,
    name: spec.name[locale],
    spend: finite(report ? report.segmentSpend[s] : spec.weight0 * scenario.market.size0),
    shares: scenario.providers.map((_, p) =>
      finite(
        measure === 'volume'
          ? volumeShareOf(scenario, game, p, s)
          : report
            ? report.providers[p]?.segmentShare[s]
            : segmentShareOf(scenario, game, p, s),
      ),
    ),
  }));
  const providers: ProviderView[] = scenario.providers.map((spec, p) => {
    const ps = game.providers[p]!;
    const money = financeStatus(scenario, game, p);
    return {
      id: spec.id,
      name: spec.name[locale],
      colour: colourNumber(spec.colour),
      cssColour: spec.colour,
      human: data.humans.includes(spec.id),
      iaasShare: finite(ps.last.iaasShare),
      volumeShare: finite(volumeShareOf(scenario, game, p)),
      revenue: finite(ps.last.revenue),
      ebita: finite(ps.last.ebita),
      cash: finite(ps.cash),
      debt: finite(money.debt),
      creditLimit: finite(money.creditLimit),
      cashFloor: finite(money.cashFloor),
      interestDue: finite(money.interestDue),
      injected: finite(money.injected),
      gpu: finite(ps.gpu),
      cpu: finite(ps.cpu),
      gpuUtilisation: finite(ps.last.gpuUtilisation),
      cpuUtilisation: finite(ps.last.cpuUtilisation),
    };
  });
  const order = scenario.segments
    .map((_, i) => i)
    .sort((a, b) => scenario.segments[b]!.weight0 - scenario.segments[a]!.weight0);
  return {
    locale,
    quarter: report?.quarter ?? labelAt(scenario.origin, game.t),
    title: scenario.title[locale],
    measure,
    segments,
    providers,
    cashScale: Math.max(1e-9, ...providers.map((p) => p.cash)),
    order,
  };
}
