// End quarter, kept in reach at the panel's foot. With an invalid or over-budget draft it is
// disabled (aria-disabled, so it can still be tried) and says why; trying it focuses the first
// error. The bar has its own background, and the panel scrolls focused inputs clear of it.

import type { DecisionError } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { focusFirstError } from './first-error.ts';

export function EndQuarterBar(props: {
  loc: Locale;
  sealed: boolean;
  /** In a class the quarter resolves on the server: the button seals this seat. */
  inClass: boolean;
  errors: DecisionError[];
  end(): void;
}) {
  const { loc, sealed, errors } = props;
  const refused = !sealed && errors.length > 0;
  return (
    <div class="end-bar">
      {refused ? (
        <p class="field-error end-reason" id="end-reason" role="status">
          {t('decision.endBlocked', loc, { count: errors.length })}
        </p>
      ) : null}
      <button
        id="btn-end"
        type="button"
        class="primary big end"
        disabled={sealed}
        aria-disabled={refused ? 'true' : undefined}
        aria-describedby={refused ? 'end-reason' : undefined}
        aria-keyshortcuts="E"
        data-guide="end"
        onClick={() => (refused ? focusFirstError() : props.end())}
      >
        {t(props.inClass ? 'decision.seal' : 'decision.endQuarter', loc)}
      </button>
    </div>
  );
}
