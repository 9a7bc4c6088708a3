// Which providers the humans play: one, or several for hot-seat play.

import type { Scenario } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { StartForm } from './form.ts';

export function ProviderChoice(props: {
  scenario: Scenario | undefined;
  form: StartForm;
  loc: Locale;
}) {
  const { form, loc } = props;
  const toggle = (id: string, on: boolean): void => {
    const next = new Set(form.humans.value);
    if (on) next.add(id);
    else next.delete(id);
    form.humans.value = next;
  };
  return (
    <fieldset class="providers">
      <legend>{t('start.providers', loc)}</legend>
      <p class="hint">{t('start.providersHint', loc)}</p>
      <div class="provider-grid">
        {(props.scenario?.providers ?? []).map((p) => {
          const id = `prov-${p.id}`;
          return (
            <div key={p.id} class="check">
              <input
                type="checkbox"
                id={id}
                checked={form.humans.value.has(p.id)}
                onChange={(e) => toggle(p.id, e.currentTarget.checked)}
              />
              <span class="swatch" style={{ background: p.colour }} aria-hidden="true" />
              <label for={id}>{tx(p.name, loc)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
