// A waiting shock as the teacher reads it in the console: its headline, what it hits (providers,
// segments, product lines, GPU supply) and how big it is, with units, in the teacher's language.
// Effects the console's presets do not make are named by kind, so nothing waiting is hidden.

import type { EffectSpec, LineId, Scenario } from '../../engine/index.ts';
import { formatChange, formatSigned, t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ShockEvent } from '../../wire/messages.ts';

export interface ShockRow {
  id: string;
  title: string;
  hits: string;
  size: string;
}

function names(scenario: Scenario | undefined, ids: readonly string[], loc: Locale): string {
  const nameOf = (id: string): string =>
    tx(
      scenario?.providers.find((p) => p.id === id)?.name ??
        scenario?.segments.find((s) => s.id === id)?.name,
      loc,
    ) || id;
  return ids.map(nameOf).join(loc === 'zh' ? '、' : ', ');
}

function lines(ids: readonly LineId[], loc: Locale): string {
  return ids.map((l) => t(`line.${l}`, loc)).join(loc === 'zh' ? '、' : ', ');
}

function effectParts(
  effect: EffectSpec,
  scenario: Scenario | undefined,
  loc: Locale,
): { hits: string; size: string } {
  const p = 'console.pending.effect';
  switch (effect.kind) {
    case 'trust':
      return {
        hits: names(scenario, [effect.provider], loc),
        size: t(`${p}.trust`, loc, { value: formatSigned(effect.delta, loc) }),
      };
    case 'demand':
      return {
        hits: `${names(scenario, effect.segments, loc)} · ${lines(effect.lines, loc)}`,
        size: t(`${p}.demand`, loc, { value: formatChange(effect.factor - 1, loc) }),
      };
    case 'growth':
      return {
        hits: names(scenario, effect.segments, loc),
        size: t(`${p}.growth`, loc, {
          value: formatChange(effect.multiplier - 1, loc),
          quarters: effect.quarters,
        }),
      };
    case 'gpu-supply':
      return {
        hits: t(`${p}.supply.${effect.supply}`, loc),
        size: t(`${p}.gpu`, loc, {
          orders: formatChange(effect.capMultiplier - 1, loc),
          cost: formatChange(effect.costMultiplier - 1, loc),
          quarters: effect.quarters,
        }),
      };
    case 'frontier':
      return {
        hits: t(`${p}.everyone`, loc),
        size: t(`${p}.frontier`, loc, { value: formatSigned(effect.delta, loc, 1) }),
      };
    default:
      return {
        hits: '—',
        size: t(`${p}.other`, loc, { kind: effect.kind }),
      };
  }
}

export function shockRow(event: ShockEvent, scenario: Scenario | undefined, loc: Locale): ShockRow {
  const parts = event.effects.map((e) => effectParts(e, scenario, loc));
  const join = (texts: string[]): string => texts.join(loc === 'zh' ? '；' : '; ');
  return {
    id: event.id,
    title: tx(event.title, loc),
    hits: join(parts.map((x) => x.hits)),
    size: join(parts.map((x) => x.size)),
  };
}
