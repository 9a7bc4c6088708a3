// The top bar's Save replay / Load replay / Export CSV, through game/save/save-file.ts.
// A failed load shows its message in the alert region and leaves the running game as it was.

import { isFinished } from '../engine/index.ts';
import type { Scenario } from '../engine/index.ts';
import type { SavedLog } from '../store/index.ts';
import { t } from '../i18n/index.ts';
import { showAlert } from './alert.ts';
import type { UiContext } from './context.ts';
import { runCsv } from './csv.ts';
import { gameState, locale } from './game-view.ts';
import { SAVE_EXTENSION, SAVE_MIME, makeSave, readSave } from '../save/save-file.ts';

export type ReadResult =
  { ok: true; scenario: Scenario; saved: SavedLog } | { ok: false; message: string };

function scenarioText(ctx: UiContext, id: string): string {
  return ctx.scenarios.find((s) => s.id === id)?.text ?? '';
}

function fileStem(ctx: UiContext): string {
  const g = gameState(ctx);
  return g ? `cloud-price-war-${g.scenario.id}-seed${g.seed}-${g.log.length}q` : 'cloud-price-war';
}

export async function saveReplay(ctx: UiContext): Promise<void> {
  const g = gameState(ctx);
  const loc = locale(ctx);
  if (!g) return showAlert(t('save.noGame', loc));
  const text = await makeSave(g, scenarioText(ctx, g.scenario.id));
  await ctx.host.saveFile(`${fileStem(ctx)}${SAVE_EXTENSION}`, text, SAVE_MIME);
  showAlert(t('save.saved', loc), 'info');
}

/** Applies a read save; on failure shows the message and changes nothing. */
export function applyReadSave(ctx: UiContext, result: ReadResult): boolean {
  const loc = locale(ctx);
  if (!result.ok) {
    showAlert(t('save.failed', loc, { message: result.message }));
    return false;
  }
  const restored = ctx.session.getState().restoreGame(result.scenario, result.saved);
  if (!restored.ok) {
    showAlert(t('save.failed', loc, { message: restored.message }));
    return false;
  }
  const g = gameState(ctx);
  if (g && isFinished(g.scenario, g.game)) ctx.session.getState().setScreen('debrief');
  showAlert(t('save.loaded', loc), 'info');
  return true;
}

export async function loadReplay(ctx: UiContext): Promise<void> {
  const file = await ctx.host.openFile(`${SAVE_EXTENSION},.json,${SAVE_MIME}`);
  if (!file) return;
  let result: ReadResult;
  try {
    result = await readSave(file.text, ctx.scenarios);
  } catch (e) {
    result = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  applyReadSave(ctx, result);
}

export async function exportCsv(ctx: UiContext): Promise<void> {
  const g = gameState(ctx);
  const loc = locale(ctx);
  if (!g) return showAlert(t('save.noGame', loc));
  await ctx.host.saveFile(`${fileStem(ctx)}.csv`, runCsv(g.scenario, g.reports), 'text/csv');
  showAlert(t('save.exported', loc), 'info');
}
