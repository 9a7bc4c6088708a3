// Help on a term: the word itself, focusable, with a title and an aria-describedby tooltip.
import { t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h, uid } from './dom.ts';

export const TERMS = [
  'ebita',
  'lerner',
  'switching',
  'iaas',
  'volumeShare',
  'revenueShare',
  'credits',
  'rsu',
  'kgpu',
  'capex',
  'trainShare',
  'projectExit',
  'openSource',
  'priority',
  'equilibrium',
  'cashFloor',
  'creditLine',
  'debtCap',
  'injection',
] as const;
export type Term = (typeof TERMS)[number];

/** A label text with a tooltip explaining `term`; `text` overrides the term's own name. */
export function term(name: Term, locale: Locale, text?: string): HTMLElement {
  const id = uid('tip');
  const tip = t(`term.${name}Tip`, locale);
  return h(
    'span',
    { class: 'term' },
    h(
      'span',
      { class: 'term-word', tabindex: 0, title: tip, 'aria-describedby': id },
      text ?? t(`term.${name}`, locale),
    ),
    h('span', { id, role: 'tooltip', class: 'tooltip' }, tip),
  );
}
