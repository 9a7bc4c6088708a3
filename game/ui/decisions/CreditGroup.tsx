// The compute-credit deal with AI start-ups: its size (at most a tenth of cash) and the part
// paid in credits rather than cash.

import { formatPercent, t } from '../../i18n/index.ts';
import { Term } from '../view/Term.tsx';
import type { DraftModel } from './model.ts';
import { MoneyField } from './MoneyField.tsx';
import { SliderField } from './SliderField.tsx';

export function CreditGroup(props: { model: DraftModel; cash: number }) {
  const { model } = props;
  const loc = model.loc;
  return (
    <fieldset class="group">
      <legend>
        {t('decision.credit', loc)} <Term name="credits" loc={loc} text="?" />
      </legend>
      <MoneyField
        model={model}
        field="creditDeal.amount"
        label={t('decision.creditAmount', loc)}
        value={model.draft.creditDeal.amount}
        max={Math.max(0, 0.1 * props.cash)}
        apply={(d, v) => (d.creditDeal.amount = v)}
      />
      <SliderField
        model={model}
        field="creditDeal.creditFraction"
        label={t('decision.creditFraction', loc)}
        min={0}
        max={0.8}
        value={model.draft.creditDeal.creditFraction}
        format={(v) => formatPercent(v, loc, 0)}
        apply={(d, v) => (d.creditDeal.creditFraction = v)}
      />
    </fieldset>
  );
}
