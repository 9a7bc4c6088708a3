// The attribution waterfall of one provider's share change (volume or revenue) in the selected
// segment, with the split of its own price move into volume won and price per unit, a one-line
// summary, the chart and the same figures as a table. Shared by the side panel and the report.

import { useMemo } from 'preact/hooks';
import type { QuarterReport, Scenario } from '../../engine/index.ts';
import { formatPercent, formatPoints, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { ownPriceMove } from '../../session/price-move.ts';
import type { UiContext } from '../context.ts';
import { providerName, segmentName, segmentOrFirst } from '../game-view.ts';
import { lastQuarterAttribution, ownPriceEffects, priceSplitText } from '../share-split.ts';
import { useView } from '../view/use-store.ts';
import { biggestDriver, waterfallBars } from '../waterfall-data.ts';
import type { WaterfallBar } from '../waterfall-data.ts';
import { BarsFigure } from './BarsFigure.tsx';
import { WaterfallControls } from './WaterfallControls.tsx';

const UP = '#56B4E9';
const DOWN = '#E69F00';
const LEVEL = '#8891a5';

const isLevel = (b: WaterfallBar): boolean => b.key === 'before' || b.key === 'after';

export function Waterfall(props: {
  ctx: UiContext;
  scenario: Scenario;
  /** From the origin: history, then the played quarters. */
  reports: readonly QuarterReport[];
  me: string;
  loc: Locale;
  idPrefix: string;
}) {
  const { ctx, scenario, reports, me, loc, idPrefix } = props;
  const view = useView(ctx, (v) => ({ chosen: v.selectedSegment, measure: v.explainShare }));
  const segment = segmentOrFirst(view.chosen, scenario);
  const { measure } = view;
  const last = reports[reports.length - 1]!;
  // Attribution replays the lagged model from the origin: only when its inputs change, not on
  // every render (the caller builds a fresh report list each time, so key on its last report).
  const { a, split } = useMemo(() => {
    const own = ownPriceEffects(reports, me);
    return {
      a: lastQuarterAttribution(reports, me, measure, segment),
      split: priceSplitText(ownPriceMove(last, me), own.volume, own.revenue, loc),
    };
  }, [last, reports.length, me, measure, segment, loc]);
  const bars = waterfallBars(a);
  const labelOf = (key: string): string =>
    key === 'before'
      ? t('report.before', loc)
      : key === 'after'
        ? t('report.after', loc)
        : t(`driver.${key}`, loc);
  const valueOf = (b: WaterfallBar): string =>
    isLevel(b) ? formatPercent(b.to / 100, loc, 2) : formatPoints(b.delta / 100, loc, 2);
  const top = biggestDriver(a);
  const title = `${t('report.waterfallOf', loc, {
    provider: providerName(scenario, me, loc),
    segment: segmentName(scenario, segment, loc),
  })} · ${t(measure === 'volume' ? 'report.measureVolume' : 'report.measureRevenue', loc)}`;
  return (
    <section class="waterfall" aria-labelledby={`${idPrefix}-wf-title`}>
      <h3 id={`${idPrefix}-wf-title`}>{t('report.waterfall', loc)}</h3>
      <WaterfallControls
        ctx={ctx}
        scenario={scenario}
        segment={segment}
        measure={measure}
        loc={loc}
        idPrefix={idPrefix}
      />
      {split.map((line) => (
        <p key={line} class="price-split">
          {line}
        </p>
      ))}
      <p class="summary">
        {t('report.summary', loc, {
          segment: segmentName(scenario, segment, loc),
          before: formatPercent(a.before, loc),
          after: formatPercent(a.after, loc),
          driver: t(`driver.${top}`, loc),
          value: formatPoints(a.parts[top], loc, 2),
        })}
      </p>
      <BarsFigure
        title={title}
        bars={bars.map((b) => ({
          label: labelOf(b.key),
          from: b.from,
          to: b.to,
          colour: isLevel(b) ? LEVEL : b.delta >= 0 ? UP : DOWN,
        }))}
        xTick={(v) => formatPercent(v / 100, loc, 1)}
        tooltip={(i) => valueOf(bars[i]!)}
      />
      <p class="hint">{t('report.lagNote', loc)}</p>
      <details class="wf-table">
        <summary>{t('report.table', loc)}</summary>
        <table>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{labelOf(b.key)}</th>
                <td class="num">{valueOf(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
