// The shocks the console offers, built from the class's scenario: a GPU shortage, a demand
// swing in one segment, a trust blow to one provider. Each becomes a scenario-style event with a
// fresh id and a title in both languages that states its size; the server checks it by the
// scenario file's rules and refuses it, naming the field, when it does not fit.

import type { Scenario } from '../engine/index.ts';
import type { ShockEvent } from '../wire/messages.ts';

export type ShockKind = 'gpu' | 'demand' | 'trust';

export interface ShockChoice {
  kind: ShockKind;
  /** A segment id (demand) or a provider id (trust); unused for a GPU shortage. */
  target: string;
  /** Percent: demand change (−50..+100), GPU orders cut (10..90), trust points lost (1..50). */
  size: number;
}

export const SHOCK_KINDS: readonly ShockKind[] = ['gpu', 'demand', 'trust'];

/** The ids a kind's target picks from. */
export function shockTargets(kind: ShockKind, scenario: Scenario): string[] {
  if (kind === 'demand') return scenario.segments.map((s) => s.id);
  if (kind === 'trust') return scenario.providers.filter((p) => p.iaas).map((p) => p.id);
  return [];
}

function nameOf(scenario: Scenario, id: string): { en: string; zh: string } {
  const named =
    scenario.segments.find((s) => s.id === id)?.name ??
    scenario.providers.find((p) => p.id === id)?.name;
  return named ? { en: named.en, zh: named.zh } : { en: id, zh: id };
}

/** A GPU shortage cutting orders by `size` %: it names no provider or segment, so it fits every scenario. */
export function gpuShortageEvent(size: number, now: number): ShockEvent {
  return {
    id: `teacher-gpu-${now.toString(36)}`,
    title: {
      en: `GPU shortage: orders cut ${size}%, GPUs 50% dearer for two quarters`,
      zh: `GPU 短缺：订单削减 ${size}%，GPU 价格上涨 50%，持续两个季度`,
    },
    effects: [
      {
        kind: 'gpu-supply',
        supply: 'all',
        capMultiplier: 1 - size / 100,
        costMultiplier: 1.5,
        lead: 2,
        quarters: 2,
      },
    ],
  };
}

/** The shock message's event; `now` makes the id new on every send. */
export function shockEvent(choice: ShockChoice, scenario: Scenario, now: number): ShockEvent {
  const id = `teacher-${choice.kind}-${now.toString(36)}`;
  const size = Math.round(choice.size);
  if (choice.kind === 'gpu') return gpuShortageEvent(size, now);
  const who = nameOf(scenario, choice.target);
  if (choice.kind === 'demand') {
    const sign = size >= 0 ? '+' : '−';
    return {
      id,
      title: {
        en: `Demand swing: ${who.en} demand ${sign}${Math.abs(size)}%`,
        zh: `需求波动：${who.zh}需求${size >= 0 ? '增加' : '减少'} ${Math.abs(size)}%`,
      },
      effects: [
        {
          kind: 'demand',
          segments: [choice.target],
          lines: ['C', 'S'],
          factor: 1 + size / 100,
          rampQuarters: 1,
        },
      ],
    };
  }
  return {
    id,
    title: {
      en: `Outage at ${who.en}: trust −${size} points`,
      zh: `${who.zh}发生故障：信任度下降 ${size} 点`,
    },
    effects: [{ kind: 'trust', provider: choice.target, delta: -size }],
  };
}
