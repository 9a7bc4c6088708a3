// The guided first quarter: a dismissible sequence of callouts pointing at the decision panel,
// shown once (remembered in localStorage) on the first quarter of a game.

import { t } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { gameState } from './game-view.ts';

const STEPS = [
  { text: 'guide.s1', target: null },
  { text: 'guide.s2', target: 'prices' },
  { text: 'guide.s3', target: 'invest' },
  { text: 'guide.s4', target: 'projection' },
  { text: 'guide.s5', target: 'end' },
] as const;
const KEY = 'cloud-price-war.guide-done';

let step = 0;
let dismissed = readDone();

function readDone(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function finish(): void {
  dismissed = true;
  try {
    globalThis.localStorage?.setItem(KEY, '1');
  } catch {
    // Private mode: the guide simply shows again next time.
  }
}

export function renderGuide(root: HTMLElement, ctx: UiContext, redraw: () => void): void {
  document.querySelectorAll('.guide-target').forEach((el) => el.classList.remove('guide-target'));
  const g = gameState(ctx);
  const show =
    !dismissed &&
    g !== null &&
    ctx.session.getState().screen === 'quarter' &&
    g.reports.length === 0;
  root.hidden = !show;
  if (!show) return replaceChildren(root);
  const loc = ctx.session.getState().locale;
  const s = STEPS[step]!;
  if (s.target) document.querySelector(`[data-guide="${s.target}"]`)?.classList.add('guide-target');
  const last = step === STEPS.length - 1;
  replaceChildren(
    root,
    h(
      'h2',
      { id: 'guide-title' },
      t('guide.label', loc),
      h(
        'span',
        { class: 'hint' },
        ' · ',
        t('guide.step', loc, { n: step + 1, total: STEPS.length }),
      ),
    ),
    h('p', {}, t(s.text, loc)),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: 'guide-next',
          type: 'button',
          class: 'primary',
          onclick: () => {
            if (last) finish();
            else step += 1;
            redraw();
          },
        },
        last ? t('guide.done', loc) : t('guide.next', loc),
      ),
      last
        ? null
        : h(
            'button',
            { id: 'guide-skip', type: 'button', onclick: () => (finish(), redraw()) },
            t('guide.skip', loc),
          ),
    ),
  );
}

/** The guide's container: a non-modal dialog. */
export function createGuideRoot(): HTMLElement {
  return h('div', {
    id: 'guide',
    class: 'guide',
    role: 'dialog',
    'aria-labelledby': 'guide-title',
    hidden: true,
  });
}
