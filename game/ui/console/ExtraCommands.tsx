// The place in the command bar for the commands the class server is gaining (inject a shock from
// the scenario's event types, move a team to another seat): they go in this group, next to the
// others, once game/classroom/protocol.ts accepts them.

import { t } from '../../i18n/index.ts';
import type { ConsoleContext } from './context.ts';

export function ExtraCommands(props: { ctx: ConsoleContext; target: number | 'all' }) {
  const loc = props.ctx.locale.value;
  return (
    <fieldset class="console-more" id={`cmd-${props.target}-more`}>
      <legend>{t('console.moreCommands', loc)}</legend>
      <span class="muted">{t('console.moreSoon', loc)}</span>
    </fieldset>
  );
}
