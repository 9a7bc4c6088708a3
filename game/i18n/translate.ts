// i18next with the two bundled languages. `t(key, locale)` is the one call the UI and the map
// use; scenario texts ({en, zh}) go through `tx`. Resources are inline, so init is synchronous.

import i18next from 'i18next';
import type { TOptions } from 'i18next';
import { en } from './en.ts';
import type { Locale } from './locale.ts';
import { zh } from './zh.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates `key` (dotted, e.g. "top.cash") in `locale`, with `{{name}}` values. */
export function t(key: string, locale: Locale, values?: Record<string, unknown>): string {
  const options: TOptions = { lng: locale, ...(values ?? {}) };
  return instance.t(key, options) as string;
}

/** A scenario text in the locale. */
export function tx(text: { en: string; zh: string } | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.en;
}

/** True when `key` has a string in both languages (used by the tests). */
export function hasKey(key: string, locale: Locale): boolean {
  return instance.exists(key, { lng: locale, fallbackLng: false });
}
