// Walking away from integration projects, and releasing model weights (with its cooldown).

import { formatPercent, t } from '../../i18n/index.ts';
import { Term } from '../view/Term.tsx';
import { FieldError } from './FieldError.tsx';
import { described, errorsFor, fieldId } from './model.ts';
import type { DraftModel } from './model.ts';
import { SliderField } from './SliderField.tsx';

export function ExitGroup(props: { model: DraftModel; cooldown: number }) {
  const { model, cooldown } = props;
  const loc = model.loc;
  const id = fieldId('openSource');
  const errs = errorsFor(model.errors, 'openSource');
  return (
    <fieldset class="group">
      <legend>{t('term.projectExit', loc)}</legend>
      <SliderField
        model={model}
        field="projectExit"
        label={t('decision.projectExit', loc)}
        tip={<Term name="projectExit" loc={loc} text="?" />}
        min={-0.05}
        max={0.5}
        value={model.draft.projectExit}
        format={(v) => formatPercent(v, loc, 0)}
        apply={(d, v) => (d.projectExit = v)}
      />
      <div class="field check">
        <input
          id={id}
          type="checkbox"
          checked={model.draft.openSource}
          disabled={model.sealed || (cooldown > 0 && !model.draft.openSource)}
          {...described('openSource', cooldown > 0 ? `${id}-cd` : null, errs)}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            model.edit((d) => (d.openSource = v));
          }}
        />
        <label for={id}>{t('decision.openSource', loc)}</label>
        <Term name="openSource" loc={loc} text="?" />
        {cooldown > 0 ? (
          <p class="hint" id={`${id}-cd`}>
            {t('decision.openSourceCooldown', loc, { count: cooldown })}
          </p>
        ) : null}
        <FieldError errs={errs} field="openSource" loc={loc} />
      </div>
    </fieldset>
  );
}
