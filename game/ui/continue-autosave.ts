// The start screen's Continue: rebuilds the autosaved game through game/save/save-file.ts.
import { t } from '../i18n/index.ts';
import { showAlert } from './alert.ts';
import type { UiContext } from './context.ts';
import { locale } from './game-view.ts';
import { applyReadSave } from './save-actions.ts';
import { readSave } from '../save/save-file.ts';

export async function hasAutosave(ctx: UiContext): Promise<boolean> {
  try {
    return (await ctx.host.readAutosave()) !== undefined;
  } catch {
    return false;
  }
}

export async function continueFromAutosave(ctx: UiContext): Promise<boolean> {
  const loc = locale(ctx);
  const text = await ctx.host.readAutosave();
  if (text === undefined) {
    showAlert(t('start.continueMissing', loc));
    return false;
  }
  try {
    return applyReadSave(ctx, await readSave(text, ctx.scenarios));
  } catch (e) {
    return applyReadSave(ctx, { ok: false, message: e instanceof Error ? e.message : String(e) });
  }
}
