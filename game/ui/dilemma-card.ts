// A dilemma as a card in the decision panel: the situation, each option with its stated
// consequences as a radio button, and what happens if the player does not answer. The answer
// is part of the draft (Decision.dilemma), so undo, saves and replays carry it.

import type { Decision, DilemmaSpec } from '../engine/index.ts';
import { t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';

export function dilemmaCard(
  dilemma: DilemmaSpec,
  draft: Decision,
  sealed: boolean,
  loc: Locale,
  answer: (option: string) => void,
): HTMLElement {
  const chosen = draft.dilemma?.[dilemma.id];
  const fallback = dilemma.options.find((o) => o.id === dilemma.default)!;
  const titleId = `dl-${dilemma.id}-title`;
  return h(
    'fieldset',
    {
      class: 'group dilemma',
      id: `dilemma-${dilemma.id}`,
      'aria-describedby': `dl-${dilemma.id}-body`,
    },
    h('legend', { id: titleId }, t('dilemma.heading', loc, { title: tx(dilemma.title, loc) })),
    h('p', { class: 'dilemma-body', id: `dl-${dilemma.id}-body` }, tx(dilemma.body, loc)),
    h(
      'div',
      { class: 'dilemma-options', role: 'radiogroup', 'aria-labelledby': titleId },
      dilemma.options.map((option) => {
        const id = `dl-${dilemma.id}-${option.id}`;
        return h(
          'div',
          { class: `dilemma-option${chosen === option.id ? ' chosen' : ''}` },
          h('input', {
            id,
            type: 'radio',
            name: `dilemma-${dilemma.id}`,
            value: option.id,
            checked: chosen === option.id,
            disabled: sealed,
            'aria-describedby': `${id}-what`,
            onchange: () => answer(option.id),
          }),
          h('label', { for: id }, tx(option.title, loc)),
          h('p', { class: 'hint consequence', id: `${id}-what` }, tx(option.consequence, loc)),
        );
      }),
    ),
    chosen === undefined
      ? h('p', { class: 'hint' }, t('dilemma.ifSilent', loc, { option: tx(fallback.title, loc) }))
      : null,
  );
}
