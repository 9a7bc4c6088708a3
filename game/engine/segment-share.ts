// IaaS revenue shares: the measure IDC publishes and the game's headline number. A provider's
// share of a segment is its compute plus storage/network revenue over everyone's.

/** Revenue share of each provider over lines C and S of one segment. */
export function revenueShares(
  volumeShare: readonly (readonly number[])[], // [line][provider]
  volume: readonly number[], // [line] total served volume
  prices: readonly (readonly number[])[], // [line][provider]
): number[] {
  const count = volumeShare[0]!.length;
  const revenue = new Array<number>(count).fill(0);
  let total = 0;
  for (let k = 0; k < volumeShare.length; k++)
    for (let p = 0; p < count; p++) {
      const r = prices[k]![p]! * volumeShare[k]![p]! * volume[k]!;
      revenue[p]! += r;
      total += r;
    }
  return revenue.map((r) => (total > 0 ? r / total : 0));
}
