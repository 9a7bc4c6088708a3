// The language switch and projector mode: a toggle button (also key P) and, in projector mode,
// which market to show, or all side by side.

import { t } from '../../i18n/index.ts';
import type { ConsoleContext } from './context.ts';

export function ProjectorControls(props: { ctx: ConsoleContext }) {
  const { ctx } = props;
  const loc = ctx.locale.value;
  const projector = ctx.projector.value;
  return (
    <div class="console-view-controls">
      <button
        id="console-lang"
        type="button"
        class="lang"
        onClick={() => (ctx.locale.value = loc === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switchTo', loc)}
      </button>
      <button
        id="console-projector"
        type="button"
        aria-pressed={projector}
        onClick={() => (ctx.projector.value = !projector)}
      >
        {projector ? t('console.leaveProjector', loc) : t('console.projectorKey', loc)}
      </button>
      {projector && ctx.info.markets > 1 ? (
        <label>
          {t('console.show', loc)}{' '}
          <select
            id="console-focus"
            value={String(ctx.focus.value)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              ctx.focus.value = v === 'all' ? 'all' : Number(v);
            }}
          >
            <option value="all">{t('console.sideBySide', loc)}</option>
            {Array.from({ length: ctx.info.markets }, (_, i) => (
              <option value={String(i + 1)}>{t('console.market', loc, { n: i + 1 })}</option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
