// The waterfall's two choices: which segment it explains and which share (volume or revenue).
// Both live in the view store, so the side panel and the report follow the same choice.

import type { Scenario } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { MapShare } from '../../store/index.ts';
import type { UiContext } from '../context.ts';

export function WaterfallControls(props: {
  ctx: UiContext;
  scenario: Scenario;
  segment: string;
  measure: MapShare;
  loc: Locale;
  idPrefix: string;
}) {
  const { ctx, loc, idPrefix } = props;
  const selectId = `${idPrefix}-segment`;
  const measureId = `${idPrefix}-measure`;
  return (
    <div class="field inline">
      <label for={selectId}>{t('report.segment', loc)}</label>
      <select
        id={selectId}
        value={props.segment}
        onChange={(e) => ctx.view.getState().selectSegment(e.currentTarget.value)}
      >
        {props.scenario.segments.map((s) => (
          <option key={s.id} value={s.id}>
            {tx(s.name, loc)}
          </option>
        ))}
      </select>
      <label for={measureId}>{t('report.measure', loc)}</label>
      <select
        id={measureId}
        value={props.measure}
        onChange={(e) =>
          ctx.view
            .getState()
            .setExplainShare(e.currentTarget.value === 'revenue' ? 'revenue' : 'volume')
        }
      >
        <option value="volume">{t('report.measureVolume', loc)}</option>
        <option value="revenue">{t('report.measureRevenue', loc)}</option>
      </select>
    </div>
  );
}
