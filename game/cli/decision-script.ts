// Playing a decisions file: each quarter a human's decision is the decision panel's starting
// draft (the engine's holdDecision: list prices kept, spending and capacity orders repeated,
// one-off moves not repeated) with the fields the file gives for this quarter put over it. So a
// file and the panel mean the same thing by "hold": a price change is one quarter's move. Before
// the first played quarter, the course held is the provider's last history decision (none when
// the scenario has no history: holdDecision then takes the advisor's capacity plan). Nothing is clamped: a decision the engine refuses is an error located in the
// file (exit 2), naming the field, and saying when the value was held rather than written.

import { holdDecision, validateDecision } from '../engine/index.ts';
import type {
  Decision,
  DecisionError,
  GameState,
  QuarterReport,
  Scenario,
} from '../engine/index.ts';
import type { ScenarioProblem } from '../scenario/load.ts';
import type { Path } from '../scenario/loose.ts';
import type { DecisionScript, PartialDecision } from './decisions-file.ts';
import { formatProblems } from '../scenario/format-problem.ts';
import { UsageError } from './usage.ts';

/** The previous decision put under the fields given; the result shares nothing with either. */
export function fillDecision(previous: Decision, given: PartialDecision | undefined): Decision {
  const base = structuredClone(previous);
  if (!given) return base;
  return {
    price: {
      C: given.price?.C ?? base.price.C,
      S: given.price?.S ?? base.price.S,
      T: given.price?.T ?? base.price.T,
    },
    gpuCapex: given.gpuCapex ?? base.gpuCapex,
    dcCapex: given.dcCapex ?? base.dcCapex,
    rnd: given.rnd ?? base.rnd,
    trainShare: given.trainShare ?? base.trainShare,
    ecosystem: given.ecosystem ?? base.ecosystem,
    creditDeal: {
      amount: given.creditDeal?.amount ?? base.creditDeal.amount,
      creditFraction: given.creditDeal?.creditFraction ?? base.creditDeal.creditFraction,
    },
    security: given.security ?? base.security,
    projectExit: given.projectExit ?? base.projectExit,
    openSource: given.openSource ?? base.openSource,
    priority: given.priority ? given.priority.slice() : base.priority,
  };
}

/** What each human did just before the first played quarter (undefined without history). */
export function decisionsBeforeStart(
  humans: readonly string[],
  history: readonly QuarterReport[],
): Record<string, Decision | undefined> {
  const last = history[history.length - 1];
  const before: Record<string, Decision | undefined> = {};
  for (const id of humans) before[id] = last?.providers.find((p) => p.id === id)?.decision;
  return before;
}

/** `price.C` -> ['price', 'C']; `priority[2]` -> ['priority', 2]. */
export function fieldPath(field: string): Path {
  const path: Path = [];
  for (const part of field.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

function given(entry: PartialDecision | undefined, path: Path): boolean {
  let node: unknown = entry;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node !== undefined;
}

/** The provider's last entry before `quarter` (labels like 2024Q3 sort in time order). */
function lastEntryBefore(
  script: DecisionScript,
  quarter: string,
  provider: string,
): string | undefined {
  let last: string | undefined;
  for (const [label, byProvider] of Object.entries(script.entries))
    if (label < quarter && byProvider[provider] && (last === undefined || label > last))
      last = label;
  return last;
}

const SPENDING = 'gpuCapex, dcCapex, rnd, ecosystem, security, creditDeal.amount';

function problemsOf(
  script: DecisionScript,
  quarter: string,
  provider: string,
  entry: PartialDecision | undefined,
  errors: readonly DecisionError[],
): ScenarioProblem[] {
  const source = entry ? quarter : lastEntryBefore(script, quarter, provider);
  return errors.map((e) => {
    const field = fieldPath(e.field);
    const written = given(entry, field);
    const held = entry
      ? `this value is held from ${provider}'s previous course; set \`${e.field}\` in this entry`
      : `${provider} has no ${quarter} entry and holds its course; add a ${quarter} entry for ${provider}`;
    // The budget is no field: the fix is less spending, wherever it was written.
    const hint =
      e.field === 'budget'
        ? `lower the spending (${SPENDING})${entry ? '' : `: ${held}`}`
        : written
          ? undefined
          : held;
    // Point at the value, or at the entry the held decision came from (top of file if none).
    const at =
      source === undefined
        ? { line: 1, column: 1 }
        : script.locate(entry ? [quarter, provider, ...field] : [source, provider]);
    return {
      file: script.file,
      ...at,
      path: [quarter, provider, e.field].join('.'),
      message: e.message,
      ...(hint ? { hint } : {}),
    };
  });
}

/**
 * This quarter's decisions for the humans, each checked by the engine. Throws a UsageError with
 * every problem of the quarter, located in the file.
 */
export function scriptedDecisions(
  script: DecisionScript,
  scenario: Scenario,
  state: GameState,
  quarter: string,
  previous: Readonly<Record<string, Decision | undefined>>,
): Record<string, Decision> {
  const decisions: Record<string, Decision> = {};
  const problems: ScenarioProblem[] = [];
  for (const [id, before] of Object.entries(previous)) {
    const entry = script.entries[quarter]?.[id];
    const held = holdDecision(scenario, state, id, before);
    const checked = validateDecision(scenario, state, id, fillDecision(held, entry));
    if (checked.ok) decisions[id] = checked.decision;
    else problems.push(...problemsOf(script, quarter, id, entry, checked.errors));
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0)
    throw new UsageError(
      `decisions file ${script.file}: the engine refuses ${quarter}'s decision(s):\n${formatProblems(problems)}`,
    );
  return decisions;
}
