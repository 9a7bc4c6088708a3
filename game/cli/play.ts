// `npm start` for now: play a scenario in the terminal, one quarter at a time, until the
// Phaser map and the desktop shell land (issues 3 and 4). Each quarter shows your books, asks
// for your prices and spending (Enter keeps the suggestion: what your scenario's policy would
// do), resolves the quarter for everyone at once and explains why your share moved.

import { formatProblem } from '../scenario/format-problem.ts';
import { createInterface } from 'node:readline';
import { stdin, stdout } from 'node:process';
import {
  DRIVERS,
  explain,
  isFinished,
  nextQuarter,
  playQuarter,
  reasonText,
  score,
  startGame,
  suggestDecision,
  validateDecision,
} from '../engine/index.ts';
import type { Decision, GameState, Scenario } from '../engine/index.ts';
import { loadScenarioFile } from '../scenario/load-file.ts';

const pct = (v: number): string => `${(v * 100).toFixed(1)} %`;
const cny = (v: number): string => `CNY ${v.toFixed(2)} B`;

const DRIVER_NAMES: Record<string, string> = {
  ownPrices: 'your price vs the market path',
  rivalPrices: 'rivals’ prices',
  quality: 'model quality',
  ecosystem: 'ecosystem',
  trust: 'trust and security',
  projects: 'integration / projects',
  capacity: 'capacity shortfall',
  demandMix: 'demand mix',
  events: 'events',
  stateBuyers: 'government buyers favour state-backed clouds (F9)',
  inSourcing: 'internet firms in-source (F6)',
  drift: 'unexplained drift',
};

function status(scenario: Scenario, state: GameState, id: string): string {
  const p = state.providers[scenario.providers.findIndex((x) => x.id === id)]!;
  const margin = p.last.revenue > 0 ? p.last.ebita / p.last.revenue : 0;
  return [
    `Quarter ${nextQuarter(scenario, state)} — you are ${id}`,
    `  IaaS share ${pct(p.last.iaasShare)}   revenue ${cny(p.last.revenue)}/qtr   EBITA margin ${pct(margin)}   cash ${cny(p.cash)}`,
    `  prices: compute ${p.price[0]!.toFixed(3)} (index), storage ${p.price[1]!.toFixed(3)} (index), tokens CNY ${p.price[2]!.toFixed(2)} per M`,
    `  capacity: ${p.gpu.toFixed(0)} kGPU, ${p.cpu.toFixed(1)} RSU/qtr of CPU   trust ${p.trust.toFixed(0)}/100   ecosystem ${p.ecosystem.toFixed(0)}/100`,
  ].join('\n');
}

async function askNumber(
  ask: (q: string) => Promise<string>,
  label: string,
  fallback: number,
  unit: string,
): Promise<number> {
  for (;;) {
    const answer = (await ask(`  ${label} [${fallback.toFixed(3)}${unit}]: `)).trim();
    if (answer === '') return fallback;
    const value = Number(answer);
    if (Number.isFinite(value)) return value;
    console.log(
      `    "${answer}" is not a number; try again or press Enter to keep ${fallback.toFixed(3)}.`,
    );
  }
}

async function draftDecision(
  ask: (q: string) => Promise<string>,
  suggestion: Decision,
): Promise<Decision> {
  const d: Decision = {
    ...suggestion,
    price: { ...suggestion.price },
    creditDeal: { ...suggestion.creditDeal },
  };
  d.price.C = await askNumber(
    ask,
    'compute price change (fraction, -0.1 = cut 10 %)',
    d.price.C,
    '',
  );
  d.price.S = await askNumber(ask, 'storage price change', d.price.S, '');
  d.price.T = await askNumber(ask, 'token price change', d.price.T, '');
  d.gpuCapex = await askNumber(ask, 'GPU capex', d.gpuCapex, ' CNY B');
  d.dcCapex = await askNumber(ask, 'data-centre capex', d.dcCapex, ' CNY B');
  d.rnd = await askNumber(ask, 'model R&D', d.rnd, ' CNY B');
  d.security = await askNumber(ask, 'government sales & security', d.security, ' CNY B');
  d.projectExit = await askNumber(
    ask,
    'project exit rate (0.1 = drop 10 % of projects)',
    d.projectExit,
    '',
  );
  return d;
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? 'scenarios/china-2023-price-war.yaml';
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(formatProblem(e));
    process.exit(1);
  }
  const scenario = loaded.scenario;
  const human = process.argv[3] ?? scenario.defaultHuman;
  const rl = createInterface({ input: stdin, terminal: stdin.isTTY });
  // Reading lines through the iterator (not rl.question) keeps answers that arrive before the
  // prompt, so the game can also be driven by a pipe or a script.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (q: string): Promise<string> => {
    stdout.write(q);
    const next = await lines.next();
    if (next.done) {
      console.log(
        '\nInput closed: the game stops here (nothing is saved yet in the terminal version).',
      );
      process.exit(0);
    }
    return next.value;
  };
  console.log(`\n${scenario.title.en} — ${scenario.title.zh}\n${scenario.premise.en}\n`);
  let state = startGame(scenario, { seed: 1, humans: [human] }).state;
  while (!isFinished(scenario, state)) {
    console.log(`\n${status(scenario, state, human)}`);
    const suggestion = suggestDecision(scenario, state, human);
    console.log(
      `  Suggested (${scenario.providers.find((p) => p.id === human)!.policy.kind} policy): ${suggestion.reason.en}`,
    );
    let decision: Decision | undefined;
    while (!decision) {
      const draft = await draftDecision(ask, suggestion.decision);
      const checked = validateDecision(scenario, state, human, draft);
      if (checked.ok) decision = checked.decision;
      else for (const e of checked.errors) console.log(`    ✗ ${e.field}: ${e.message}`);
    }
    const step = playQuarter(scenario, state, { [human]: decision });
    state = step.state;
    console.log(`\n${step.report.quarter} resolved.`);
    for (const event of step.report.events) console.log(`  NEWS  ${event.title.en}`);
    for (const p of step.report.providers)
      if (p.reason)
        console.log(
          `  ${p.id.padEnd(4)} ${pct(p.iaasShare).padStart(7)}  ${reasonText(p.reason).en}`,
        );
    const mine = step.report.providers.find((p) => p.id === human)!;
    console.log(
      `  You: IaaS share ${pct(mine.previousIaasShare)} -> ${pct(mine.iaasShare)}, EBITA ${cny(mine.finance.ebita)}`,
    );
    const biggest = scenario.segments.reduce((a, b) => (a.weight0 >= b.weight0 ? a : b));
    const why = explain(step.report, human, biggest.id);
    const parts = DRIVERS.map((d) => [d, why.parts[d]] as const)
      .filter(([, v]) => Math.abs(v) >= 0.0005)
      .map(([d, v]) => `${DRIVER_NAMES[d]} ${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)} pp`);
    if (Math.abs(why.carried) >= 0.0005)
      parts.push(
        `switching inertia ${why.carried >= 0 ? '+' : ''}${(why.carried * 100).toFixed(2)} pp`,
      );
    console.log(`  Why your ${biggest.name.en} share moved: ${parts.join(', ') || 'no change'}`);
  }
  const result = score(scenario, state, human);
  console.log(`\nGame over. Score ${result.score.toFixed(0)}/100`);
  for (const o of result.objectives)
    console.log(`  ${o.met ? '✓' : '✗'} ${o.id}: ${o.value.toFixed(3)} (target ${o.target})`);
  rl.close();
}

void main();
