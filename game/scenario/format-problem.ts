// The one printer of scenario problems: one line per problem, the same for scenario files (CLI
// validate and sim, the UI's import, the build's scenario plugin) and decision
// files (sim --decisions): `file:line:column: field: message (hint)`.

import type { ScenarioProblem } from './load.ts';

export function formatProblem(p: ScenarioProblem): string {
  const where = `${p.file}:${p.line}:${p.column}:`;
  const field = p.path === '' ? '' : ` ${p.path}:`;
  return `${where}${field} ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** The problems indented under a heading line, one a line. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}`).join('\n');
}
