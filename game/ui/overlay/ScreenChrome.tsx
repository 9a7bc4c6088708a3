// What the page outside the Preact trees shows of the current screen: the document's language
// and title, the screen name on #app (styles key on it), the overlay shown unless a quarter is
// being played, and the layout beneath it inert while covered.

import { useLayoutEffect } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { useSession } from '../view/use-store.ts';

export interface ChromeSlots {
  app: HTMLElement;
  overlay: HTMLElement;
  decisions: HTMLElement;
  /** The quarter screen's three panels (map, decisions, side). */
  layout: HTMLElement | null;
}

/** Renders nothing. Placed before the screen in the overlay, so that its layout effect runs
 * first: a screen that focuses its button on mount finds the overlay already shown. */
export function ScreenChrome(props: { ctx: UiContext; slots: ChromeSlots }): null {
  useScreenChrome(props.ctx, props.slots);
  return null;
}

function useScreenChrome(ctx: UiContext, slots: ChromeSlots): void {
  const s = useSession(ctx, (s) => ({ loc: s.locale, screen: s.screen, game: s.game !== null }));
  useLayoutEffect(() => {
    document.documentElement.lang = s.loc === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title', s.loc);
    slots.app.dataset.screen = s.screen;
    slots.overlay.hidden = s.screen === 'quarter' && s.game;
    // Whatever the overlay covers must be out of reach for keyboards and screen readers too:
    // in hot-seat play the panel beneath the cover holds the next team's sealed decisions.
    if (slots.layout) slots.layout.inert = s.screen !== 'quarter';
    slots.decisions.setAttribute('aria-label', t('decision.prices', s.loc));
  });
}
