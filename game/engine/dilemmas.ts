// Dilemmas: choices a scenario puts to providers in one quarter (take the start-up's equity for
// compute credits or not, build a carmaker a dedicated centre or not, ...). Humans answer in their
// decision (`Decision.dilemma`); computer-run providers answer by their policy kind. An answer
// adds its stated amounts to the chooser's decision of that quarter and fires its effects like
// an event for the chooser ('self'); the answers live in GameState.choices so that lasting
// effects are recomputed every quarter, as events' are.

import { labelAt, tOf } from './calendar.ts';
import { indexOf } from './indices.ts';
import type {
  Decision,
  DilemmaChoice,
  DilemmaDecisionEffect,
  DilemmaOption,
  DilemmaSpec,
  GameState,
  Scenario,
} from './types.ts';

/** The dilemmas put to `provider` in quarter t (none before the players' first quarter). */
export function dilemmasAt(scenario: Scenario, t: number, provider: number): DilemmaSpec[] {
  if (scenario.dilemmas.length === 0 || t < tOf(scenario.origin, scenario.start)) return [];
  const label = labelAt(scenario.origin, t);
  const spec = scenario.providers[provider]!;
  return scenario.dilemmas.filter(
    (d) =>
      d.quarter === label && (d.providers.length > 0 ? d.providers.includes(spec.id) : spec.iaas),
  );
}

/** The dilemmas `providerId` must answer in the coming quarter. */
export function openDilemmas(
  scenario: Scenario,
  state: GameState,
  providerId: string,
): DilemmaSpec[] {
  const p = indexOf(scenario).providerIndex.get(providerId);
  return p === undefined ? [] : dilemmasAt(scenario, state.t + 1, p);
}

/** The option a computer-run provider of the given policy takes: its kind's preference, else the default. */
export function policyOption(dilemma: DilemmaSpec, kind: string): string {
  const preferred = dilemma.options.find((o) => o.preferredBy.some((k) => k === kind));
  return preferred ? preferred.id : dilemma.default;
}

export function optionOf(
  scenario: Scenario,
  dilemma: string,
  option: string,
): DilemmaOption | undefined {
  return scenario.dilemmas.find((d) => d.id === dilemma)?.options.find((o) => o.id === option);
}

/**
 * Every provider's answers for quarter t, in provider then dilemma order: a human's stated
 * answer, or their default when they gave none; a policy's preference.
 */
export function answersAt(
  scenario: Scenario,
  t: number,
  decisions: readonly Decision[],
  controllers: readonly ('human' | 'policy')[],
): DilemmaChoice[] {
  const choices: DilemmaChoice[] = [];
  scenario.providers.forEach((spec, p) => {
    for (const dilemma of dilemmasAt(scenario, t, p)) {
      const stated = controllers[p] === 'human' ? decisions[p]!.dilemma?.[dilemma.id] : undefined;
      const option =
        stated ??
        (controllers[p] === 'human' ? dilemma.default : policyOption(dilemma, spec.policy.kind));
      choices.push({ t, dilemma: dilemma.id, option, provider: spec.id });
    }
  });
  return choices;
}

/**
 * The decision with an answer's stated amounts added. Amounts the engine cannot take are kept
 * within bounds (GPU orders to what suppliers deliver, project exit to the integration floor,
 * no open-weights release while one is cooling down); money beyond cash is borrowed as any
 * overspend is.
 */
export function withAnswer(
  decision: Decision,
  add: DilemmaDecisionEffect,
  limits: { gpuCapex: number; integration: number; integrationMin: number; cooldown: number },
): Decision {
  const next: Decision = {
    ...decision,
    price: { ...decision.price },
    creditDeal: { ...decision.creditDeal },
    priority: decision.priority.slice(),
  };
  if (add.gpuCapex) next.gpuCapex = Math.min(limits.gpuCapex, next.gpuCapex + add.gpuCapex);
  if (add.dcCapex) next.dcCapex += add.dcCapex;
  if (add.rnd) next.rnd += add.rnd;
  if (add.ecosystem) next.ecosystem += add.ecosystem;
  if (add.creditDeal && add.creditDeal.amount > 0) {
    const before = next.creditDeal;
    const amount = before.amount + add.creditDeal.amount;
    next.creditDeal = {
      amount,
      creditFraction:
        (before.amount * before.creditFraction +
          add.creditDeal.amount * add.creditDeal.creditFraction) /
        amount,
    };
  }
  if (add.projectExit) {
    const most = limits.integration > 0 ? 1 - limits.integrationMin / limits.integration : 0;
    next.projectExit = Math.min(
      0.5,
      Math.max(-0.05, Math.min(most, next.projectExit + add.projectExit)),
    );
  }
  if (add.openSource && limits.cooldown === 0) next.openSource = true;
  return next;
}
