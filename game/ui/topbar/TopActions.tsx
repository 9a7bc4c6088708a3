// The top bar's buttons: Save, Load, Export CSV, Help and the language switch (present on every
// screen; Save and Export only with a game on screen).

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { openHelp } from '../help-dialog.tsx';
import { exportCsv, loadReplay, saveReplay } from '../save-actions.ts';
import { toggleLocale } from './actions.ts';

export function TopActions(props: { ctx: UiContext; loc: Locale; showGame: boolean }) {
  const { ctx, loc, showGame } = props;
  return (
    <nav class="top-actions" aria-label={t('top.actions', loc)}>
      <button id="btn-save" type="button" disabled={!showGame} onClick={() => void saveReplay(ctx)}>
        {t('top.save', loc)}
      </button>
      <button id="btn-load" type="button" onClick={() => void loadReplay(ctx)}>
        {t('top.load', loc)}
      </button>
      <button id="btn-csv" type="button" disabled={!showGame} onClick={() => void exportCsv(ctx)}>
        {t('top.exportCsv', loc)}
      </button>
      <button id="btn-help" type="button" onClick={() => openHelp()}>
        {t('top.help', loc)}
      </button>
      <button
        id="btn-lang"
        type="button"
        class="lang"
        lang={loc === 'en' ? 'zh-CN' : 'en'}
        onClick={() => toggleLocale(ctx)}
      >
        {t('lang.switchTo', loc)}
      </button>
    </nav>
  );
}
