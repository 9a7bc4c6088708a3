// Two buttons, one pressed: which share the map's segment slices show (V switches too).

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { MapShare } from '../../store/index.ts';
import type { UiContext } from '../context.ts';
import { useView } from '../view/use-store.ts';

export function MapShareSwitch(props: { ctx: UiContext; loc: Locale }) {
  const { ctx, loc } = props;
  const current = useView(ctx, (v) => v.mapShare);
  const option = (measure: MapShare, label: string) => (
    <button
      id={`btn-map-${measure}`}
      type="button"
      class="seg-btn"
      aria-pressed={current === measure ? 'true' : 'false'}
      onClick={() => ctx.view.getState().setMapShare(measure)}
    >
      {label}
    </button>
  );
  // A term and its definition like every other stat: a <dl> may hold nothing else (axe).
  return (
    <div class="stat stat-map">
      <dt id="st-map" class="map-label">
        {t('top.mapShows', loc)}
      </dt>
      <dd>
        <span class="seg-group" role="group" aria-labelledby="st-map">
          {option('volume', t('top.mapVolume', loc))}
          {option('revenue', t('top.mapRevenue', loc))}
        </span>
      </dd>
    </div>
  );
}
