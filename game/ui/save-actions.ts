// The top bar's Save replay / Load replay / Export CSV and the start screen's Continue, through
// game/save (game-save.ts and autosave.ts: the save format, the host, the autosave backup).
// Every failure shows its message in the alert region and leaves the running game as it was.

import { isFinished } from '../engine/index.ts';
import { t } from '../i18n/index.ts';
import { continueFromAutosave, hasAutosave as hostHasAutosave } from '../save/autosave.ts';
import { loadGameFromFile, saveGameToFile } from '../save/game-save.ts';
import type { SaveActionResult } from '../save/game-save.ts';
import { showAlert } from './alert.ts';
import type { UiContext } from './context.ts';
import { runCsv } from './csv.ts';
import { gameState, locale, upcomingQuarter } from './game-view.ts';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function fileStem(ctx: UiContext): string {
  const g = gameState(ctx);
  return g ? `cloud-price-war-${g.scenario.id}-seed${g.seed}-${g.log.length}q` : 'cloud-price-war';
}

/** Runs a save action; a rejection (which game/save never gives, but a bug might) is a failure
 * like any other. */
async function settle<R extends SaveActionResult>(
  action: () => Promise<R>,
): Promise<R | SaveActionResult> {
  try {
    return await action();
  } catch (e) {
    return { ok: false, code: 'host', message: errorText(e) };
  }
}

export async function saveReplay(ctx: UiContext): Promise<boolean> {
  const loc = locale(ctx);
  const result = await settle(() => saveGameToFile(ctx.session, ctx.host, ctx.scenarios));
  if (result.ok) showAlert(t('save.saved', loc), 'info');
  else if (result.code === 'cancelled')
    return false; // the player closed the dialog: say nothing
  else if (result.code === 'no_game') showAlert(t('save.noGame', loc));
  else showAlert(t('save.saveFailed', loc, { message: result.message }));
  return result.ok;
}

/** After a game was loaded: a finished game opens on its debrief; tells the player. */
function loaded(ctx: UiContext, message: string): void {
  const g = gameState(ctx);
  if (g && isFinished(g.scenario, g.game)) ctx.session.getState().setScreen('debrief');
  showAlert(message, 'info');
}

export async function loadReplay(ctx: UiContext): Promise<boolean> {
  const loc = locale(ctx);
  const result = await settle(() => loadGameFromFile(ctx.session, ctx.host, ctx.scenarios));
  if (result.ok) loaded(ctx, t('save.loaded', loc));
  else if (result.code !== 'no_file') showAlert(t('save.failed', loc, { message: result.message }));
  return result.ok;
}

/** Whether the start screen offers Continue. */
export function hasAutosave(ctx: UiContext): Promise<boolean> {
  return hostHasAutosave(ctx.host);
}

/** The start screen's Continue: the autosaved game, or its backup if the newest is unreadable. */
export async function continueGame(ctx: UiContext): Promise<boolean> {
  const loc = locale(ctx);
  const result = await settle(() => continueFromAutosave(ctx.session, ctx.host, ctx.scenarios));
  if (result.ok) {
    // Say the game was continued, and where: it is not a replay the player picked.
    const g = gameState(ctx);
    const quarter = !g
      ? ''
      : isFinished(g.scenario, g.game)
        ? (g.log.at(-1)?.quarter ?? '')
        : upcomingQuarter(g);
    loaded(
      ctx,
      'fromBackup' in result && result.fromBackup
        ? t('save.loadedBackup', loc)
        : t('save.continued', loc, { quarter }),
    );
  } else if (result.code === 'no_file') showAlert(t('start.continueMissing', loc));
  else showAlert(t('save.failed', loc, { message: result.message }));
  return result.ok;
}

export async function exportCsv(ctx: UiContext): Promise<boolean> {
  const g = gameState(ctx);
  const loc = locale(ctx);
  if (!g) {
    showAlert(t('save.noGame', loc));
    return false;
  }
  try {
    await ctx.host.saveFile(`${fileStem(ctx)}.csv`, runCsv(g.scenario, g.reports), 'text/csv');
  } catch (e) {
    showAlert(t('save.saveFailed', loc, { message: errorText(e) }));
    return false;
  }
  showAlert(t('save.exported', loc), 'info');
  return true;
}
