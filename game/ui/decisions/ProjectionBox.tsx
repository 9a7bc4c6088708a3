// The engine's projection of the draft (rivals play their usual strategies): shares, revenue,
// EBITA, cash and debt after the quarter, and what the player's own price move does.

import { formatMoney, formatPercent, formatPoints, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Projection } from '../../session/projection.ts';
import { priceSplitText } from '../share-split.ts';
import { Term } from '../view/Term.tsx';

function Change(props: { now: number; before: number; loc: Locale }) {
  return (
    <span class={props.now >= props.before ? 'up' : 'down'}>
      ({formatPoints(props.now - props.before, props.loc)})
    </span>
  );
}

export function ProjectionBox(props: { projection: Projection | null; loc: Locale }) {
  const { projection: proj, loc } = props;
  return (
    <section class="projection" aria-labelledby="proj-title" data-guide="projection">
      <h3 id="proj-title">{t('decision.projection', loc)}</h3>
      {proj ? (
        <dl class="proj-grid">
          <dt>
            <Term name="volumeShare" loc={loc} text={t('decision.projVolumeShare', loc)} />
          </dt>
          <dd id="proj-volume-share">
            {formatPercent(proj.volumeShare, loc)}{' '}
            <Change now={proj.volumeShare} before={proj.previousVolumeShare} loc={loc} />
          </dd>
          <dt>
            <Term name="revenueShare" loc={loc} text={t('decision.projRevenueShare', loc)} />
          </dt>
          <dd id="proj-revenue-share">
            {formatPercent(proj.iaasShare, loc)}{' '}
            <Change now={proj.iaasShare} before={proj.previousIaasShare} loc={loc} />
          </dd>
          <dt>{t('decision.projRevenue', loc)}</dt>
          <dd>{formatMoney(proj.revenue, loc)}</dd>
          <dt>
            <Term name="ebita" loc={loc} text={t('decision.projEbita', loc)} />
          </dt>
          <dd>{formatMoney(proj.ebita, loc)}</dd>
          <dt>
            <Term name="cashFloor" loc={loc} text={t('decision.projCash', loc)} />
          </dt>
          <dd>{formatMoney(proj.funding.cash, loc)}</dd>
          <dt>
            <Term name="creditLine" loc={loc} text={t('decision.projDebt', loc)} />
          </dt>
          <dd>{formatMoney(proj.funding.debt, loc)}</dd>
        </dl>
      ) : (
        <p class="hint">{t('decision.projInvalid', loc)}</p>
      )}
      {proj ? (
        <p class="price-split" id="proj-split">
          {priceSplitText(
            proj.priceMove,
            { now: proj.ownPricesVolume, later: 0 },
            { now: proj.ownPricesRevenue, later: 0 },
            loc,
          ).join(' ')}
        </p>
      ) : null}
      <p class="hint">{t('decision.projectionNote', loc)}</p>
    </section>
  );
}
