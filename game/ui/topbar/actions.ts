// The top bar's two switches, also bound to keys (shortcuts.ts): the language and which share
// the map draws.

import type { UiContext } from '../context.ts';

/** Switches the map between volume share and revenue share. */
export function toggleMapShare(ctx: UiContext): void {
  const v = ctx.view.getState();
  v.setMapShare(v.mapShare === 'volume' ? 'revenue' : 'volume');
}

export function toggleLocale(ctx: UiContext): void {
  const s = ctx.session.getState();
  s.setLocale(s.locale === 'en' ? 'zh' : 'en');
}
