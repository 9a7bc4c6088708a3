import { loadChina, editable } from '../../helpers/scenarios.ts';
import { play } from '../../helpers/play.ts';
import { priceBounds } from '../../helpers/drafts.ts';
import { resolveQuarter, suggestDecision } from '../../../game/engine/index.ts';
const sc = await loadChina();
const { states } = play(sc, { seed: 1, humans: [] });
let v = 0, checks = 0;
for (const [s, seg] of sc.segments.entries()) {
  const alt = editable(sc); alt.segments[s]!.switchingCost *= 2;
  for (const st of states.slice(0, -1)) for (const [p, spec] of sc.providers.entries()) {
    if (!spec.iaas) continue;
    const base = suggestDecision(sc, st, spec.id).decision;
    const b = priceBounds(sc, st, p, 0)!;
    const cut = { ...base, price: { ...base.price, C: Math.max(b[0], base.price.C - 0.15) } };
    const a0 = resolveQuarter(sc, st, { [spec.id]: base }).report, a1 = resolveQuarter(sc, st, { [spec.id]: cut }).report;
    const b0 = resolveQuarter(alt, st, { [spec.id]: base }).report, b1 = resolveQuarter(alt, st, { [spec.id]: cut }).report;
    const m = s * 3;
    checks++;
    const dLow = a1.markets[m]!.allocatedShare[p]! - a0.markets[m]!.allocatedShare[p]!;
    const dHigh = b1.markets[m]!.allocatedShare[p]! - b0.markets[m]!.allocatedShare[p]!;
    if (Math.abs(dHigh) > Math.abs(dLow) + 1e-12) { v++; if (v < 5) console.log(st.t+1, seg.id, spec.id, dLow, dHigh); }
  }
}
console.log(checks, v);
