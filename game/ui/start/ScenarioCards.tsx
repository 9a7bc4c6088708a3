// The scenario cards: title, period, difficulty and premise; picking one resets the provider
// choice to its default.

import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';
import type { StartForm } from './form.ts';

export function ScenarioCards(props: {
  scenarios: ShippedScenario[];
  chosen: ShippedScenario | undefined;
  form: StartForm;
  loc: Locale;
}) {
  const { form, loc } = props;
  return (
    <fieldset class="cards">
      <legend>{t('start.scenario', loc)}</legend>
      <div class="card-grid">
        {props.scenarios.map((s) => {
          const id = `scn-${s.id}`;
          const selected = s.id === props.chosen?.id;
          return (
            <div key={s.id} class={`card${selected ? ' selected' : ''}`}>
              <input
                type="radio"
                name="scenario"
                id={id}
                value={s.id}
                checked={selected}
                aria-describedby={`${id}-premise`}
                onChange={() => {
                  form.scenario.value = s.id;
                  form.humans.value = new Set([s.scenario.defaultHuman]);
                }}
              />
              <label for={id} class="card-title">
                {tx(s.scenario.title, loc)}
              </label>
              <p class="card-meta">
                {t('start.period', loc, { start: s.scenario.start, quarters: s.scenario.quarters })}
                {' · '}
                <span class={`badge diff-${s.scenario.difficulty}`}>
                  {t(`diff.${s.scenario.difficulty}`, loc)}
                </span>
              </p>
              <p class="card-premise" id={`${id}-premise`}>
                {tx(s.scenario.premise, loc)}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
