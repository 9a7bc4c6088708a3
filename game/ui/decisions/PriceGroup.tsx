// The three price sliders; a line the provider does not sell (yet) is shown disabled.

import { LINES, quarterIndex } from '../../engine/index.ts';
import type { LineId, Scenario } from '../../engine/index.ts';
import { formatChange, t } from '../../i18n/index.ts';
import type { DraftModel } from './model.ts';
import { SliderField } from './SliderField.tsx';

export function PriceGroup(props: {
  model: DraftModel;
  scenario: Scenario;
  provider: number;
  quarter: string;
}) {
  const { model, scenario } = props;
  const loc = model.loc;
  const spec = scenario.providers[props.provider]!;
  const tokenOpen = quarterIndex(props.quarter) >= quarterIndex(scenario.market.tokenOpen);
  return (
    <fieldset class="group" data-guide="prices">
      <legend>{t('decision.prices', loc)}</legend>
      {LINES.map((line: LineId) => {
        const bounds = scenario.lines[line];
        const sold = spec.lines.includes(line) && (line !== 'T' || tokenOpen);
        return (
          <SliderField
            key={line}
            model={model}
            field={`price.${line}`}
            label={t('decision.priceOf', loc, { line: t(`line.${line}`, loc) })}
            min={bounds.maxCut}
            max={bounds.maxRise}
            value={model.draft.price[line]}
            disabled={!sold}
            format={(v) => formatChange(v, loc)}
            {...(sold ? {} : { hint: t('decision.notSold', loc) })}
            apply={(d, v) => (d.price[line] = v)}
          />
        );
      })}
    </fieldset>
  );
}
