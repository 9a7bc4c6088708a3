// The console's numbers: the game's shared formatters (game/i18n/format.ts), with a negative
// sign written as a real minus (U+2212) rather than the hyphen Intl gives, so "−20%" reads as a
// number on the projector, as the shock titles and the rivals' reasons write it.

import { formatChange, formatNumber, formatPercent } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';

export const MINUS = '\u2212';

/** A formatted number with every hyphen-minus before a digit made a minus sign. */
export function withMinus(text: string): string {
  return text.replace(/-(?=\d)/g, MINUS);
}

export function numberText(value: number, loc: Locale, digits?: number): string {
  return withMinus(formatNumber(value, loc, digits));
}

export function percentText(fraction: number, loc: Locale, digits = 1): string {
  return withMinus(formatPercent(fraction, loc, digits));
}

/** A signed change: −0.2 → "−20%", 0.5 → "+50%". */
export function changeText(fraction: number, loc: Locale, digits = 0): string {
  return withMinus(formatChange(fraction, loc, digits));
}

/** A signed count: −10 → "−10", 3 → "+3". */
export function signedText(value: number, loc: Locale, digits = 0): string {
  const text = numberText(value, loc, digits);
  return value > 0 ? `+${text}` : text;
}
