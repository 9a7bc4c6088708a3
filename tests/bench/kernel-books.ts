// The bench kernel's providers: capacity and attribute stocks at the start of a quarter
// (game/engine/advance.ts, stocks.ts), and the quarter's money (books.ts, finance.ts: revenue,
// costs, EBITA, tax, interest, receivables, cash and the credit line), on typed arrays.

import { log, pow } from '../../game/engine/portable-math.ts';
import type { KernelBuffers, Provisional } from './kernel-state.ts';
import {
  CPU_DECAY,
  CPU_UNIT_COST,
  DEBT_CAP_MULTIPLE,
  GPU_DECAY,
  GPU_UNIT_COST,
  INTEREST_QUARTERS,
  LINES,
  MIN_CASH,
  PIPELINE,
  TAX_RATE,
} from './kernel-state.ts';

const RND_REF = 2;
const ECO_REF = 0.5;
const SECURITY_REF = 0.3;
const NETWORK_REF = 5;

/**
 * Capacity arrives and decays, new orders join the pipelines, quality, ecosystem and trust move
 * with last quarter's spending, and every money factor that grows with time is worked out once
 * for the quarter (the engine works them out per provider and per forecast).
 */
export function advanceStocks(k: KernelBuffers): void {
  const P = k.providers;
  const years = k.t / 4;
  // One pow per quarter for what every provider shares: unit prices and the training need.
  const gpuUnit = GPU_UNIT_COST * pow(0.9, years);
  const trainingNeed = 10 * pow(1.3, years);
  const frontier = 80;
  for (let p = 0; p < P; p++) {
    const base = p * PIPELINE;
    const gpuArrived = k.gpuPipeline[base]!;
    const cpuArrived = k.cpuPipeline[base]!;
    for (let i = 1; i < PIPELINE; i++) {
      k.gpuPipeline[base + i - 1] = k.gpuPipeline[base + i]!;
      k.cpuPipeline[base + i - 1] = k.cpuPipeline[base + i]!;
    }
    k.gpuPipeline[base + PIPELINE - 1] = 0;
    k.cpuPipeline[base + PIPELINE - 1] = 0;
    k.gpuPipeline[base] = k.gpuPipeline[base]! + k.gpuCapex[p]! / gpuUnit;
    k.cpuPipeline[base + 1] = k.cpuPipeline[base + 1]! + k.dcCapex[p]! / CPU_UNIT_COST;
    // Unit prices fall, so orders grow; capacity is kept near the markets' need by scaling
    // orders back to what decays (the kernel's markets do not grow).
    k.gpuPipeline[base] = Math.min(k.gpuPipeline[base]!, k.gpu[p]! * GPU_DECAY);
    k.gpu[p] = k.gpu[p]! * (1 - GPU_DECAY) + gpuArrived;
    k.cpu[p] = k.cpu[p]! * (1 - CPU_DECAY) + cpuArrived;

    const fit = Math.min(1, (k.trainShare[p]! * k.gpu[p]!) / trainingNeed);
    const gap = Math.max(0, frontier - k.quality[p]!) / frontier;
    k.quality[p] = clamp(k.quality[p]! + 0.5 * log(1 + (k.rnd[p]! * fit) / RND_REF) * gap * 10);
    const lnNetwork = log(1 + k.network[p]! / NETWORK_REF);
    k.lnNetwork[p] = lnNetwork;
    k.ecosystem[p] = clamp(
      k.ecosystem[p]! +
        0.05 * (k.ecosystem0[p]! - k.ecosystem[p]!) +
        2 * (log(1 + k.ecoSpend[p]! / ECO_REF) - k.originEcoLog[p]!) +
        1 * (lnNetwork - k.originNetLog[p]!),
    );
    const trust = k.trust[p]!;
    k.trust[p] = clamp(
      trust +
        2 * log(1 + k.security[p]! / SECURITY_REF) * ((100 - trust) / 100) -
        0.05 * (trust - k.trustFloor[p]!),
    );
    k.paasFactor[p] = pow(1 + k.paasGrowth[p]!, k.t);
    k.otherRevenue[p] = k.otherRevenue0[p]! * pow(1 + k.otherGrowth[p]!, years);
    k.fixedCost[p] = k.fixedCost0[p]! * pow(1 + k.fixedGrowth[p]!, years);
    for (let line = 0; line < LINES; line++) {
      const i = p * LINES + line;
      k.variableUnit[i] = 0.3 * k.costFactor[p]! * pow(k.cumVolume[i]! / k.learningBase[i]!, -0.1);
    }
  }
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 100 ? 100 : v;
}

/**
 * This quarter's list prices and their logarithms in q: every provider's decided change from
 * last quarter's price (`exit`: whether project exits apply, as in the quarter played; a
 * forecast holds rivals still).
 */
export function setPrices(k: KernelBuffers, q: Provisional, hold: boolean, exit: boolean): void {
  const P = k.providers;
  for (let p = 0; p < P; p++) {
    for (let line = 0; line < LINES; line++) {
      const i = p * LINES + line;
      const price = k.listPrice[i]! * (1 + (hold ? 0 : k.change[i]!));
      q.price[i] = price;
      q.lnPrice[line * P + p] = log(price);
    }
    q.lnIntegration[p] = log(k.integration[p]! * (exit ? 1 - k.projectExit[p]! : 1));
  }
}

/**
 * Provider p's quarter in money from q.served at q's prices: its EBITA. With `book`, cash,
 * debt (the credit line drawn below the cash floor up to the cap, repaid above twice the
 * floor), asset books, receivables and its history are written back.
 */
export function settle(k: KernelBuffers, q: Provisional, p: number, book: boolean): number {
  k.work.finance++;
  const P = k.providers;
  const M = k.markets;
  let compute = 0;
  let storage = 0;
  let tokens = 0;
  let cpuCompute = 0;
  let network = 0;
  for (let m = 0; m < M; m++) {
    const line = m % LINES;
    const volume = q.served[m * P + p]!;
    if (line === 0) {
      const g = k.gamma[(m - line) / LINES]!;
      compute += volume;
      cpuCompute += (1 - g) * volume;
      network += g * volume;
    } else if (line === 1) storage += volume;
    else {
      tokens += volume;
      network += volume / 1000;
    }
  }
  const price = q.price;
  const iaasRevenue = compute * price[p * LINES]! + storage * price[p * LINES + 1]!;
  const tokenRevenue = (tokens * price[p * LINES + 2]!) / 1000;
  const variableCost =
    cpuCompute * k.variableUnit[p * LINES]! +
    storage * k.variableUnit[p * LINES + 1]! +
    (tokens * k.variableUnit[p * LINES + 2]!) / 1000;
  const paas = iaasRevenue * k.paasRatio0[p]! * k.paasFactor[p]!;
  const projects = k.projectRevenue0[p]! * k.integration[p]!;
  const other = k.otherRevenue[p]!;
  const revenue = iaasRevenue + tokenRevenue + paas + projects + other;
  const depreciation = k.gpuBook[p]! * GPU_DECAY + k.cpuBook[p]! * CPU_DECAY;
  const cogs =
    variableCost +
    0.2 * k.gpu[p]! +
    0.05 * k.cpu[p]! +
    depreciation +
    projects * 0.9 +
    (paas + other) * 0.6;
  const opex = k.rnd[p]! + k.ecoSpend[p]! + k.security[p]! + k.fixedCost[p]!;
  const ebita = revenue - cogs - opex;
  if (!book) return ebita;

  const tax = TAX_RATE * Math.max(0, ebita);
  const interest = (k.interestRate[p]! / INTEREST_QUARTERS) * k.debt[p]!;
  const receivables = (projects * 270) / 90 + (Math.max(0, revenue - projects) * 30) / 90;
  const cfo = ebita + depreciation - tax - (receivables - k.receivables[p]!);
  const fcf = cfo - k.gpuCapex[p]! - k.dcCapex[p]!;
  const h = p * 4;
  const history = k.ebitdaHistory;
  let trailing = ebita + depreciation;
  for (let i = 0; i < 3; i++) trailing += history[h + i] = history[h + i + 1]!;
  history[h + 3] = ebita + depreciation;
  const cap = Math.max(k.guarantee[p]!, DEBT_CAP_MULTIPLE * Math.max(0, trailing));
  let cash = k.cash[p]! + fcf - interest;
  let debt = k.debt[p]!;
  if (cash < MIN_CASH) {
    const drawn = Math.min(MIN_CASH - cash, Math.max(0, cap - debt));
    cash += drawn;
    debt += drawn;
  } else if (debt > 0 && cash > 2 * MIN_CASH) {
    const repaid = Math.min(debt, cash - 2 * MIN_CASH);
    cash -= repaid;
    debt -= repaid;
  }
  // The parent covers a hole below zero, as in the engine.
  k.cash[p] = cash < 0 ? 0 : cash;
  k.debt[p] = debt;
  k.receivables[p] = receivables;
  k.gpuBook[p] = k.gpuBook[p]! * (1 - GPU_DECAY) + k.gpuCapex[p]!;
  k.cpuBook[p] = k.cpuBook[p]! * (1 - CPU_DECAY) + k.dcCapex[p]!;
  k.network[p] = network;
  k.cumVolume[p * LINES] = k.cumVolume[p * LINES]! + compute;
  k.cumVolume[p * LINES + 1] = k.cumVolume[p * LINES + 1]! + storage;
  k.cumVolume[p * LINES + 2] = k.cumVolume[p * LINES + 2]! + tokens;
  k.throughput[p] = Math.min(k.throughput[p]! * (1 + 0.02 * log(1 + k.rnd[p]! / RND_REF)), 1000);
  return ebita;
}
