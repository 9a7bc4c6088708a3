// Help: keyboard shortcuts, how the score works and every term, in a modal <dialog> (Escape
// closes it).

import { t } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { locale } from './game-view.ts';
import { TERMS } from './term.ts';

export const SHORTCUTS = [
  { key: 'E', action: 'help.keyEnd' },
  { key: 'U', action: 'help.keyUndo' },
  { key: 'R', action: 'help.keyReset' },
  { key: 'P', action: 'help.keyReport' },
  { key: 'L', action: 'help.keyLang' },
  { key: 'V', action: 'help.keyMapShare' },
  { key: '?', action: 'help.keyHelp' },
] as const;

let dialog: HTMLDialogElement | null = null;

export function mountHelp(parent: HTMLElement): void {
  dialog = h('dialog', { id: 'help-dialog', class: 'dialog', 'aria-labelledby': 'help-title' });
  parent.appendChild(dialog);
}

function fill(ctx: UiContext): void {
  if (!dialog) return;
  const loc = locale(ctx);
  replaceChildren(
    dialog,
    h('h2', { id: 'help-title' }, t('help.heading', loc)),
    h('h3', {}, t('help.shortcuts', loc)),
    h(
      'table',
      { class: 'shortcuts' },
      h(
        'tbody',
        {},
        SHORTCUTS.map((s) =>
          h('tr', {}, h('td', {}, h('kbd', {}, s.key)), h('td', {}, t(s.action, loc))),
        ),
      ),
    ),
    h('h3', {}, t('help.twoShares', loc)),
    h('p', { id: 'help-two-shares' }, t('help.twoSharesText', loc)),
    h('h3', { id: 'help-score' }, t('help.score', loc)),
    h('p', {}, t('help.scoreText', loc)),
    h('h3', {}, t('help.terms', loc)),
    h(
      'dl',
      { class: 'glossary' },
      TERMS.map((name) => [
        h('dt', {}, t(`term.${name}`, loc)),
        h('dd', {}, t(`term.${name}Tip`, loc)),
      ]),
    ),
    h(
      'button',
      { type: 'button', class: 'primary', id: 'help-close', onclick: () => dialog?.close() },
      t('help.close', loc),
    ),
  );
}

export function openHelp(ctx: UiContext): void {
  if (!dialog) return;
  fill(ctx);
  if (!dialog.open) dialog.showModal();
}

/** Re-renders an open dialog after a language switch. */
export function refreshHelp(ctx: UiContext): void {
  if (dialog?.open) fill(ctx);
}

export function helpOpen(): boolean {
  return dialog?.open ?? false;
}
