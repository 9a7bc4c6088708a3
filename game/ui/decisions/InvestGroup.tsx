// Investment and spending: GPU capex has its own supply limit; data-centre capex, R&D,
// ecosystem and security are paid from one shared budget, shown once below them.

import type { Decision, FundingOutlook } from '../../engine/index.ts';
import { formatMoney, formatPercent, t } from '../../i18n/index.ts';
import { Term } from '../view/Term.tsx';
import { FieldError } from './FieldError.tsx';
import { FundingWarning } from './FundingWarning.tsx';
import { errorsFor } from './model.ts';
import type { DraftModel } from './model.ts';
import { MoneyField } from './MoneyField.tsx';
import { SliderField } from './SliderField.tsx';

type MoneyKey = 'gpuCapex' | 'dcCapex' | 'rnd' | 'ecosystem' | 'security';

/** Everything the draft commits this quarter, in CNY B (the cash part of a credit deal too). */
export function committedSpend(d: Decision): number {
  return (
    d.gpuCapex +
    d.dcCapex +
    d.rnd +
    d.ecosystem +
    d.security +
    d.creditDeal.amount * (1 - d.creditDeal.creditFraction)
  );
}

export function InvestGroup(props: {
  model: DraftModel;
  gpuMax: number;
  room: number;
  funding: FundingOutlook | null;
}) {
  const { model } = props;
  const loc = model.loc;
  const budgetErrs = errorsFor(model.errors, 'budget');
  const money = (key: MoneyKey, max: number | null, tip: 'kgpu' | 'rsu' | null) => (
    <MoneyField
      model={model}
      field={key}
      label={t(`decision.${key}`, loc)}
      tip={tip ? <Term name={tip} loc={loc} text="?" /> : null}
      value={model.draft[key]}
      max={max}
      apply={(d, v) => (d[key] = v)}
    />
  );
  return (
    <fieldset class="group" data-guide="invest">
      <legend>
        {t('decision.invest', loc)} <Term name="capex" loc={loc} text="?" />
      </legend>
      {money('gpuCapex', props.gpuMax, 'kgpu')}
      {money('dcCapex', null, 'rsu')}
      {money('rnd', null, null)}
      {money('ecosystem', null, null)}
      {money('security', null, null)}
      <p class={`budget${budgetErrs.length > 0 ? ' over' : ''}`} id="dec-budget">
        {t('decision.budget', loc, {
          committed: formatMoney(committedSpend(model.draft), loc),
          room: formatMoney(props.room, loc),
        })}
      </p>
      <FieldError errs={budgetErrs} field="budget" loc={loc} />
      <FundingWarning outlook={props.funding} loc={loc} />
      <SliderField
        model={model}
        field="trainShare"
        label={t('decision.trainShare', loc)}
        tip={<Term name="trainShare" loc={loc} text="?" />}
        min={0}
        max={0.6}
        value={model.draft.trainShare}
        format={(v) => formatPercent(v, loc, 0)}
        apply={(d, v) => (d.trainShare = v)}
      />
    </fieldset>
  );
}
