// The few words the map prints itself, from the i18n resources (`mapWords.*` in en.ts and zh.ts), so
// the map and the panels speak one vocabulary. Names of segments and providers come from the
// scenario's {en, zh} texts.

import { t } from '../i18n/index.ts';
import type { Locale, Resources } from '../i18n/index.ts';

export type WordKey = keyof Resources['mapWords'];

export function word(key: WordKey, locale: Locale): string {
  return t(`mapWords.${key}`, locale);
}
