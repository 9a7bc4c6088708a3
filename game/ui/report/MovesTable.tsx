// Every provider's move this quarter with its stated reason: the full table in the report, the
// compact one (shares and reason only) in the side panel.

import { LINES, reasonText } from '../../engine/index.ts';
import type { ProviderReport, QuarterReport, Scenario } from '../../engine/index.ts';
import { formatChange, formatMoney, formatPercent, t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { providerName } from '../game-view.ts';

export function MovesTable(props: {
  scenario: Scenario;
  report: QuarterReport;
  humans: readonly string[];
  me: string;
  loc: Locale;
  compact?: boolean;
}) {
  const { loc, compact = false } = props;
  return (
    <table class={`moves${compact ? ' compact' : ''}`}>
      <caption>{t('report.moves', loc)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.provider', loc)}</th>
          {compact ? null : (
            <>
              {LINES.map((l) => (
                <th key={l} scope="col">
                  {t(`line.${l}`, loc)}
                </th>
              ))}
              <th scope="col">{t('decision.gpuCapex', loc)}</th>
              <th scope="col">{t('decision.dcCapex', loc)}</th>
            </>
          )}
          <th scope="col">{t('report.volumeCol', loc)}</th>
          <th scope="col">{t('report.revenueCol', loc)}</th>
          <th scope="col">{t('report.reason', loc)}</th>
        </tr>
      </thead>
      <tbody>
        {props.report.providers.map((pr, p) => (
          <MoveRow key={pr.id} {...props} compact={compact} row={pr} index={p} />
        ))}
      </tbody>
    </table>
  );
}

function MoveRow(props: {
  scenario: Scenario;
  humans: readonly string[];
  me: string;
  loc: Locale;
  compact: boolean;
  row: ProviderReport;
  index: number;
}) {
  const { scenario, loc, row, me } = props;
  const spec = scenario.providers[props.index]!;
  const d = row.decision;
  const tag =
    row.id === me
      ? t('report.youTag', loc)
      : props.humans.includes(row.id)
        ? t('report.humanTag', loc)
        : '';
  return (
    <tr class={row.id === me ? 'me' : ''}>
      <th scope="row">
        <span class="swatch" style={`background:${spec.colour}`} aria-hidden="true" />
        {providerName(scenario, row.id, loc) + tag}
      </th>
      {props.compact ? null : (
        <>
          {LINES.map((l) => (
            <td key={l} class="num">
              {spec.lines.includes(l) ? formatChange(d.price[l], loc) : '—'}
            </td>
          ))}
          <td class="num">{formatMoney(d.gpuCapex, loc)}</td>
          <td class="num">{formatMoney(d.dcCapex, loc)}</td>
        </>
      )}
      <td class="num">{spec.iaas ? formatPercent(row.volumeShare, loc) : '—'}</td>
      <td class="num">{spec.iaas ? formatPercent(row.iaasShare, loc) : '—'}</td>
      <td class="reason">{tx(row.reason ? reasonText(row.reason) : undefined, loc)}</td>
    </tr>
  );
}
