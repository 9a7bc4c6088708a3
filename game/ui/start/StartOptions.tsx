// The start screen's settings: rival difficulty, language, the player's or team's name (for
// the printed debrief), and the seed under Advanced, which stays open while it holds an error.

import { MAX_SEED } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { HANDICAPS } from '../../engine/index.ts';
import type { Handicap } from '../../engine/index.ts';
import { SAVE_LIMITS } from '../../save/save-file.ts';
import type { UiContext } from '../context.ts';
import type { StartForm } from './form.ts';

export function StartOptions(props: { ctx: UiContext; form: StartForm; loc: Locale }) {
  const { ctx, form, loc } = props;
  const badSeed = form.error.value === 'badSeed';
  return (
    <>
      <div class="field">
        <label for="start-handicap">{t('start.handicap', loc)}</label>
        <select
          id="start-handicap"
          aria-describedby="start-handicap-hint"
          onChange={(e) => (form.handicap.value = e.currentTarget.value as Handicap)}
        >
          {HANDICAPS.map((k) => (
            <option key={k} value={k} selected={form.handicap.value === k}>
              {t(`handicap.${k}`, loc)}
            </option>
          ))}
        </select>
        <p class="hint" id="start-handicap-hint">
          {t('start.handicapHint', loc)}
        </p>
      </div>
      <div class="field">
        <label for="start-lang">{t('lang.name', loc)}</label>
        <select
          id="start-lang"
          onChange={(e) => ctx.session.getState().setLocale(e.currentTarget.value as Locale)}
        >
          <option value="zh" selected={loc === 'zh'} lang="zh-CN">
            {t('lang.zh', loc)}
          </option>
          <option value="en" selected={loc === 'en'} lang="en">
            {t('lang.en', loc)}
          </option>
        </select>
      </div>
      <div class="field">
        <label for="start-player">{t('start.player', loc)}</label>
        <input
          id="start-player"
          type="text"
          autocomplete="off"
          maxLength={SAVE_LIMITS.playerLength}
          value={form.player.value}
          aria-describedby="start-player-hint"
          onInput={(e) => (form.player.value = e.currentTarget.value)}
        />
        <p class="hint" id="start-player-hint">
          {t('start.playerHint', loc)}
        </p>
      </div>
      <details
        class="advanced"
        open={form.advancedOpen.value || badSeed}
        onToggle={(e) => (form.advancedOpen.value = e.currentTarget.open)}
      >
        <summary>{t('start.advanced', loc)}</summary>
        <div class="field">
          <label for="start-seed">{t('start.seed', loc)}</label>
          <input
            id="start-seed"
            type="number"
            min={0}
            max={MAX_SEED}
            step={1}
            value={form.seed.value}
            aria-invalid={badSeed ? 'true' : undefined}
            aria-describedby={badSeed ? 'start-seed-hint start-error' : 'start-seed-hint'}
            onInput={(e) => (form.seed.value = e.currentTarget.value)}
          />
          <p class="hint" id="start-seed-hint">
            {t('start.seedHint', loc)}
          </p>
        </div>
      </details>
    </>
  );
}
