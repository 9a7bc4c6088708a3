import { loadChina } from '../../helpers/scenarios.ts';
import { makeScenario } from '../../helpers/make-scenario.ts';
import { play } from '../../helpers/play.ts';
import { priceBounds } from '../../helpers/drafts.ts';
import { resolveQuarter, suggestDecision, LINES } from '../../../game/engine/index.ts';
const china = await loadChina();
for (const sc of [china, makeScenario({providers:3, segments:2, asymmetric:true}), makeScenario({providers:3, segments:2, capacity:0.3, asymmetric: true})]) {
  const { states } = play(sc, { seed: 1, humans: [] });
  let viol = 0, violServed = 0, checks = 0;
  for (const st of states.slice(0, -1)) {
    for (const [p, spec] of sc.providers.entries()) {
      const base = suggestDecision(sc, st, spec.id).decision;
      const r0 = resolveQuarter(sc, st, { [spec.id]: base }).report;
      for (const [k, line] of LINES.entries()) {
        const b = priceBounds(sc, st, p, k); if (!b) continue;
        const lower = Math.max(b[0], base.price[line] - 0.1);
        if (lower >= base.price[line]) continue;
        const r1 = resolveQuarter(sc, st, { [spec.id]: { ...base, price: { ...base.price, [line]: lower } } }).report;
        for (const [m, mk] of r0.markets.entries()) {
          if (mk.line !== k || !mk.active[p]) continue;
          checks++;
          const a0 = mk.allocatedShare[p]!, a1 = r1.markets[m]!.allocatedShare[p]!;
          if (a1 < a0 - 1e-12) { viol++; if (viol < 6) console.log('alloc', sc.id, st.t+1, spec.id, mk.segment, line, a0, a1, 'target', mk.target[p], r1.markets[m]!.target[p], 'n', mk.contestable, r1.markets[m]!.contestable, 'start', mk.start[p]); }
          const s0 = mk.share[p]!, s1 = r1.markets[m]!.share[p]!;
          if (s1 < s0 - 1e-12) { violServed++; if (violServed < 4) console.log('served', sc.id, st.t+1, spec.id, mk.segment, line, s0, s1, mk.shortfall[p], r1.markets[m]!.shortfall[p]); }
        }
      }
    }
  }
  console.log(sc.id, 'checks', checks, 'alloc viol', viol, 'served viol', violServed);
}
