// Help on a term as a component: the word, focusable, with a title and an aria-describedby
// tooltip (the same markup as term.ts builds for the pieces still drawn as plain DOM).

import { useId } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Term as TermName } from '../term.ts';

export function Term(props: { name: TermName; loc: Locale; text?: string }) {
  const id = `tip-${useId()}`;
  const tip = t(`term.${props.name}Tip`, props.loc);
  return (
    <span class="term">
      <span class="term-word" tabIndex={0} title={tip} aria-describedby={id}>
        {props.text ?? t(`term.${props.name}`, props.loc)}
      </span>
      <span id={id} role="tooltip" class="tooltip">
        {tip}
      </span>
    </span>
  );
}
