// Money inputs in the player's units: CNY billions in English, 亿元 in Chinese (1 B = 10 亿),
// so that an input reads like the cash and limits beside it. The draft always holds CNY B.

import type { Locale } from '../../i18n/index.ts';

const PER_BILLION: Record<Locale, number> = { en: 1, zh: 10 };

/** The number an input shows for `billions`, rounded to what a player would type. */
export function toInputValue(billions: number, loc: Locale): string {
  if (!Number.isFinite(billions)) return '';
  return String(+(billions * PER_BILLION[loc]).toFixed(2));
}

/** CNY billions from what the player typed; NaN for an empty or unreadable entry. */
export function fromInputValue(text: string, loc: Locale): number {
  if (text.trim() === '') return Number.NaN;
  return Number(text) / PER_BILLION[loc];
}

/** An input's step and max in its shown unit. */
export function inputScale(loc: Locale): number {
  return PER_BILLION[loc];
}
