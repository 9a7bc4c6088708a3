// The start screen's form as signals, made once per mounted UI (so a player returning from a
// game finds their choices, name and seed as they left them).

import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { MAX_SEED } from '../../engine/index.ts';
import type { Handicap } from '../../engine/index.ts';
import type { UiContext } from '../context.ts';

export interface StartForm {
  scenario: Signal<string>;
  humans: Signal<ReadonlySet<string>>;
  seed: Signal<string>;
  player: Signal<string>;
  handicap: Signal<Handicap>;
  /** Whether an autosave exists (null until the host has answered). */
  autosave: Signal<boolean | null>;
  error: Signal<'' | 'noProvider' | 'badSeed'>;
  /** The Advanced section's open state: it opens, and stays open, to show a bad seed. */
  advancedOpen: Signal<boolean>;
}

export function createStartForm(ctx: UiContext): StartForm {
  const first = ctx.scenarios[0];
  return {
    scenario: signal(first?.id ?? ''),
    humans: signal(new Set(first ? [first.scenario.defaultHuman] : [])),
    seed: signal('1'),
    player: signal(''),
    handicap: signal<Handicap>('normal'),
    autosave: signal<boolean | null>(null),
    error: signal<'' | 'noProvider' | 'badSeed'>(''),
    advancedOpen: signal(false),
  };
}

export function parseSeed(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 0 && n <= MAX_SEED ? n : null;
}
