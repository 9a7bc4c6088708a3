// "Import scenario…": a teacher's or author's own scenario file, read through the host (an
// upload in the browser, an Open dialog on the desktop) and checked by the same loader as
// `npm run validate`, so every problem is shown with its file, line, column and field. A valid
// file joins the scenario cards for this session; an invalid one changes nothing.

import type { UiContext } from './context.ts';

export type ImportResult =
  | { kind: 'cancelled' }
  | { kind: 'imported'; id: string; replaced: boolean }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'failed'; message: string };

/** Reads a scenario file and adds it to `ctx.scenarios` (replacing one with the same id). */
export async function importScenario(ctx: UiContext): Promise<ImportResult> {
  let opened;
  try {
    opened = await ctx.host.openFile('.yaml,.yml');
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (!opened) return { kind: 'cancelled' };
  // The YAML loader is only needed here, so it is fetched on first use, not at start-up.
  const [{ loadScenarioText }, { formatProblem }] = await Promise.all([
    import('../scenario/load.ts'),
    import('../scenario/format-problem.ts'),
  ]);
  const loaded = loadScenarioText(opened.text, opened.name);
  if (!loaded.ok)
    return {
      kind: 'invalid',
      problems: loaded.errors.map(formatProblem),
    };
  const entry = {
    id: loaded.scenario.id,
    file: opened.name,
    text: opened.text,
    scenario: loaded.scenario,
  };
  const at = ctx.scenarios.findIndex((s) => s.id === entry.id);
  if (at >= 0) ctx.scenarios[at] = entry;
  else ctx.scenarios.push(entry);
  return { kind: 'imported', id: entry.id, replaced: at >= 0 };
}
