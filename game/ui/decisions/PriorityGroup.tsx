// Capacity priority: which segments are served first when capacity is short, in what order.

import type { Scenario } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import { segmentName } from '../game-view.ts';
import { Term } from '../view/Term.tsx';
import { FieldError } from './FieldError.tsx';
import { errorsFor } from './model.ts';
import type { DraftModel } from './model.ts';

export function PriorityGroup(props: { model: DraftModel; scenario: Scenario }) {
  const { model, scenario } = props;
  const { draft, loc, sealed } = model;
  const order = [
    ...draft.priority.filter((id) => scenario.segments.some((s) => s.id === id)),
    ...scenario.segments.map((s) => s.id).filter((id) => !draft.priority.includes(id)),
  ];
  const move = (id: string, by: number): void =>
    model.edit((d) => {
      const list = order.slice();
      const i = list.indexOf(id);
      const j = i + by;
      if (j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j]!, list[i]!];
      d.priority = list.filter((x) => d.priority.includes(x));
    });
  const toggle = (id: string, on: boolean): void =>
    model.edit((d) => {
      const set = new Set(d.priority);
      if (on) set.add(id);
      else set.delete(id);
      d.priority = order.filter((x) => set.has(x));
    });
  return (
    <fieldset class="group priority">
      <legend>
        {t('decision.priority', loc)} <Term name="priority" loc={loc} text="?" />
      </legend>
      <p class="hint" id="prio-hint">
        {t('decision.priorityHint', loc)}
      </p>
      <ol class="prio-list">
        {order.map((id, i) => {
          const name = segmentName(scenario, id, loc);
          const cid = `prio-${id}`;
          return (
            <li key={id}>
              <input
                id={cid}
                type="checkbox"
                checked={draft.priority.includes(id)}
                disabled={sealed}
                onChange={(e) => toggle(id, e.currentTarget.checked)}
              />
              <label for={cid}>{t('decision.serveFirst', loc, { segment: name })}</label>
              <button
                type="button"
                class="icon"
                id={`${cid}-up`}
                disabled={sealed || i === 0}
                aria-label={t('decision.moveUp', loc, { segment: name })}
                onClick={() => move(id, -1)}
              >
                ▲
              </button>
              <button
                type="button"
                class="icon"
                id={`${cid}-down`}
                disabled={sealed || i === order.length - 1}
                aria-label={t('decision.moveDown', loc, { segment: name })}
                onClick={() => move(id, 1)}
              >
                ▼
              </button>
            </li>
          );
        })}
      </ol>
      <FieldError errs={errorsFor(model.errors, 'priority')} field="priority" loc={loc} />
    </fieldset>
  );
}
