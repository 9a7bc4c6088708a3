// An event's headline in the news: the teacher's shocks in a class game say they are the
// teacher's, so no student takes them for the scenario's history.

import { t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { Text } from '../engine/index.ts';

export function eventTitle(title: Text, injected: boolean | undefined, loc: Locale): string {
  return injected ? t('ticker.teacher', loc, { title: tx(title, loc) }) : tx(title, loc);
}
