// A decision in one line, for the debrief's decision log: each price change, the spending that
// is not zero (in the player's money unit), the credit deal, project exits, a weights release
// and dilemma answers. Pure, so tests read it without a page.

import { LINES } from '../engine/index.ts';
import type { Decision, Scenario } from '../engine/index.ts';
import { formatChange, formatMoney, formatPercent, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

const SPENDING = ['gpuCapex', 'dcCapex', 'rnd', 'ecosystem', 'security'] as const;

export function decisionSummary(
  scenario: Scenario,
  provider: string,
  d: Decision,
  loc: Locale,
): string {
  const spec = scenario.providers.find((p) => p.id === provider);
  const parts: string[] = [];
  for (const line of LINES)
    if (!spec || spec.lines.includes(line))
      parts.push(`${t(`line.${line}`, loc)} ${formatChange(d.price[line], loc)}`);
  for (const key of SPENDING)
    if (d[key] > 0) parts.push(`${t(`decision.${key}`, loc)} ${formatMoney(d[key], loc)}`);
  if (d.creditDeal.amount > 0)
    parts.push(`${t('decision.credit', loc)} ${formatMoney(d.creditDeal.amount, loc)}`);
  if (d.projectExit !== 0)
    parts.push(`${t('decision.projectExit', loc)} ${formatPercent(d.projectExit, loc, 0)}`);
  if (d.openSource) parts.push(t('debrief.logOpenSource', loc));
  for (const [dilemmaId, optionId] of Object.entries(d.dilemma ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const option = scenario.dilemmas
      .find((x) => x.id === dilemmaId)
      ?.options.find((o) => o.id === optionId);
    parts.push(t('debrief.logDilemma', loc, { option: option ? tx(option.title, loc) : optionId }));
  }
  return parts.join(loc === 'zh' ? '；' : '; ');
}
