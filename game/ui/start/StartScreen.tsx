// The start screen: scenario cards, provider choice (several = hot-seat), settings, and Start
// game, Import scenario, Host a class (desktop app only) and Continue (when an autosave exists).

import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { showAlert } from '../alert.ts';
import type { UiContext } from '../context.ts';
import { isDesktopHost } from '../../host/host.ts';
import { openHostClassDialog } from '../host-class/HostClassDialog.tsx';
import { importScenario } from '../import-scenario.ts';
import { continueGame, hasAutosave } from '../save-actions.ts';
import { useSession } from '../view/use-store.ts';
import { parseSeed } from './form.ts';
import type { StartForm } from './form.ts';
import { ProviderChoice } from './ProviderChoice.tsx';
import { ScenarioCards } from './ScenarioCards.tsx';
import { StartOptions } from './StartOptions.tsx';

export function StartScreen(props: { ctx: UiContext; form: StartForm }) {
  const { ctx, form } = props;
  const loc = useSession(ctx, (s) => s.locale);
  // Asked again each time the screen opens: a game played since may have autosaved.
  useEffect(() => void hasAutosave(ctx).then((yes) => (form.autosave.value = yes)), []);
  const chosen = ctx.scenarios.find((s) => s.id === form.scenario.value) ?? ctx.scenarios[0];

  const start = (): void => {
    if (!chosen) return;
    const seed = parseSeed(form.seed.value);
    const humans = chosen.scenario.providers
      .map((p) => p.id)
      .filter((id) => form.humans.value.has(id));
    form.error.value = humans.length === 0 ? 'noProvider' : seed === null ? 'badSeed' : '';
    if (form.error.value === 'badSeed') form.advancedOpen.value = true;
    if (form.error.value || seed === null) return;
    const player = form.player.value.trim();
    try {
      ctx.session.getState().startGame(chosen.scenario, {
        seed,
        humans,
        handicap: form.handicap.value,
        ...(player ? { player } : {}),
      });
    } catch (e) {
      showAlert(e instanceof Error ? e.message : String(e));
    }
  };

  const importFile = async (): Promise<void> => {
    const result = await importScenario(ctx);
    if (result.kind === 'invalid')
      showAlert(`${t('start.importInvalid', loc)}\n${result.problems.join('\n')}`);
    else if (result.kind === 'failed') showAlert(result.message);
    else if (result.kind === 'imported') {
      const added = ctx.scenarios.find((s) => s.id === result.id);
      form.scenario.value = result.id;
      if (added) form.humans.value = new Set([added.scenario.defaultHuman]);
      showAlert(t('start.imported', loc, { id: result.id }), 'info');
    }
  };

  // Only the desktop app can host a class (the web build has no server to start).
  const hosting = isDesktopHost(ctx.host) ? ctx.host.classHosting : undefined;
  const error = form.error.value;
  return (
    <section class="screen start" aria-labelledby="start-title">
      <h2 id="start-title">{t('start.heading', loc)}</h2>
      <ScenarioCards scenarios={ctx.scenarios} chosen={chosen} form={form} loc={loc} />
      <div class="start-options">
        <ProviderChoice scenario={chosen?.scenario} form={form} loc={loc} />
        <div class="start-side">
          <StartOptions ctx={ctx} form={form} loc={loc} />
          {error ? (
            <p class="error" role="alert" id="start-error">
              {t(`start.${error}`, loc)}
            </p>
          ) : null}
          <div class="actions">
            <button id="btn-start" type="button" class="primary big" onClick={start}>
              {t('start.start', loc)}
            </button>
            <button id="btn-import" type="button" onClick={() => void importFile()}>
              {t('start.import', loc)}
            </button>
            {hosting ? (
              <button
                id="btn-host-class"
                type="button"
                onClick={() => void openHostClassDialog(ctx, hosting)}
              >
                {t('hostClass.open', loc)}
              </button>
            ) : null}
            {form.autosave.value ? (
              <button id="btn-continue" type="button" onClick={() => void continueGame(ctx)}>
                {t('start.continue', loc)}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </section>
  );
}
