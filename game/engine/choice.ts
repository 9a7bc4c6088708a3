// Logit choice with switching costs (MODEL.md §2.7). Customers re-deciding pay a switching
// cost to leave their incumbent; new contestable demand follows the plain logit target.
// The switching matrix is never built: with e_i = exp(V_i - max V) and Z = Σ e, the row of
// incumbent j has denominator D_j = k(Z - e_j) + e_j where k = exp(-SC), so the whole update
// is O(n) per market instead of O(n²) exponentials.
import { exp, log } from './portable-math.ts';

export interface ShareUpdate {
  /** Logit target for new, contestable demand. */
  target: number[];
  /** Allocated volume shares after churn and new demand. */
  share: number[];
}

/** Log-sum-exp over the active entries; -Infinity when none is active. */
export function logSumExp(values: readonly number[], active: readonly boolean[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (active[i] && values[i]! > max) max = values[i]!;
  if (max === -Infinity) return max;
  let total = 0;
  for (let i = 0; i < values.length; i++) if (active[i]) total += exp(values[i]! - max);
  return max + log(total);
}

export function logitTarget(utility: readonly number[], active: readonly boolean[]): number[] {
  return logitTargetInto(utility, active, new Array<number>(utility.length));
}

/** logitTarget written into `target` (length of `utility`), which it returns. */
export function logitTargetInto(
  utility: readonly number[],
  active: readonly boolean[],
  target: number[],
): number[] {
  const lse = logSumExp(utility, active);
  for (let i = 0; i < utility.length; i++)
    target[i] = active[i] && lse > -Infinity ? exp(utility[i]! - lse) : 0;
  return target;
}

/**
 * One quarter of share dynamics:
 *   s'_i = (1-n)[(1-χ)s_i + χ Σ_j s_j P(j→i)] + n σ_i
 * `previous` must sum to 1 over active providers, or to 0 for a market opening this quarter
 * (then the whole market is contestable and s' = σ).
 */
export function updateShares(
  utility: readonly number[],
  active: readonly boolean[],
  previous: readonly number[],
  churn: number,
  switchingCost: number,
  contestable: number,
  stay?: number,
): ShareUpdate {
  const count = utility.length;
  return updateSharesInto(
    utility,
    active,
    previous,
    churn,
    switchingCost,
    contestable,
    { target: new Array<number>(count), share: new Array<number>(count).fill(0) },
    stay,
  );
}

/**
 * updateShares written into `into`'s rows (each the length of `utility`), which it returns: the
 * best-responder's forecast clears the same markets for every candidate price and reuses them.
 * `stay` is exp(−switchingCost), given by a caller that clears one market again and again.
 */
export function updateSharesInto(
  utility: readonly number[],
  active: readonly boolean[],
  previous: readonly number[],
  churn: number,
  switchingCost: number,
  contestable: number,
  into: ShareUpdate,
  stay = exp(-switchingCost),
): ShareUpdate {
  const count = utility.length;
  const target = logitTargetInto(utility, active, into.target);
  const share = into.share;
  let previousTotal = 0;
  for (let i = 0; i < count; i++) previousTotal += previous[i]!;
  if (previousTotal <= 0) {
    for (let i = 0; i < count; i++) share[i] = target[i]!;
    return into;
  }

  // The logit target already holds exp(V_i - lse) for every active seller: reuse it.
  const weight = target;
  let z = 0;
  for (let i = 0; i < count; i++) if (active[i]) z += weight[i]!;
  // W = Σ_j s_j / D_j: the part of every churn row's mass that is common to all destinations.
  // Each s_j / D_j is computed again where it is used rather than kept in a row: the same
  // expression gives the same number, and the update allocates only its result.
  let common = 0;
  for (let j = 0; j < count; j++) if (active[j]) common += ownRowOf(previous, weight, z, stay, j);
  for (let i = 0; i < count; i++) {
    if (!active[i]) {
      share[i] = 0;
      continue;
    }
    const own = ownRowOf(previous, weight, z, stay, i);
    const churned = weight[i]! * (own + stay * (common - own));
    share[i] =
      (1 - contestable) * ((1 - churn) * previous[i]! + churn * churned) + contestable * target[i]!;
  }
  return into;
}

/** s_j / D_j with D_j = k(Z - e_j) + e_j: incumbent j's churners' mass per unit attraction. */
function ownRowOf(
  previous: readonly number[],
  weight: readonly number[],
  z: number,
  stay: number,
  j: number,
): number {
  return previous[j]! / (stay * (z - weight[j]!) + weight[j]!);
}
