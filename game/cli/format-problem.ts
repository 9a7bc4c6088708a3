// One line per problem of a file, the same for scenario files (validate, sim) and decision
// files (sim --decisions): `file:line:column: field: message (hint)`.

import type { ScenarioProblem } from '../scenario/load.ts';

export function formatProblem(p: ScenarioProblem): string {
  const where = `${p.file}:${p.line}:${p.column}:`;
  const field = p.path === '' ? '' : ` ${p.path}:`;
  return `${where}${field} ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** The problems indented under a heading line, one a line. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}`).join('\n');
}
