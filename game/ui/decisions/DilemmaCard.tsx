// A dilemma as a card: the situation, each option with its stated consequences as a radio
// button, and what happens if the player does not answer. The answer is part of the draft.

import type { DilemmaSpec } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { DraftModel } from './model.ts';

export function DilemmaCard(props: { dilemma: DilemmaSpec; model: DraftModel }) {
  const { dilemma, model } = props;
  const loc = model.loc;
  const chosen = model.draft.dilemma?.[dilemma.id];
  const fallback = dilemma.options.find((o) => o.id === dilemma.default)!;
  const titleId = `dl-${dilemma.id}-title`;
  const answer = (option: string): void =>
    model.edit((next) => (next.dilemma = { ...next.dilemma, [dilemma.id]: option }));
  return (
    <fieldset
      class="group dilemma"
      id={`dilemma-${dilemma.id}`}
      aria-describedby={`dl-${dilemma.id}-body`}
    >
      <legend id={titleId}>{t('dilemma.heading', loc, { title: tx(dilemma.title, loc) })}</legend>
      <p class="dilemma-body" id={`dl-${dilemma.id}-body`}>
        {tx(dilemma.body, loc)}
      </p>
      <div class="dilemma-options" role="radiogroup" aria-labelledby={titleId}>
        {dilemma.options.map((option) => {
          const id = `dl-${dilemma.id}-${option.id}`;
          return (
            <div key={option.id} class={`dilemma-option${chosen === option.id ? ' chosen' : ''}`}>
              <input
                id={id}
                type="radio"
                name={`dilemma-${dilemma.id}`}
                value={option.id}
                checked={chosen === option.id}
                disabled={model.sealed}
                aria-describedby={`${id}-what`}
                onChange={() => answer(option.id)}
              />
              <label for={id}>{tx(option.title, loc)}</label>
              <p class="hint consequence" id={`${id}-what`}>
                {tx(option.consequence, loc)}
              </p>
            </div>
          );
        })}
      </div>
      {chosen === undefined ? (
        <p class="hint">{t('dilemma.ifSilent', loc, { option: tx(fallback.title, loc) })}</p>
      ) : null}
    </fieldset>
  );
}
