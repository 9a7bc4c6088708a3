import { loadChina, editable } from '../../helpers/scenarios.ts';
import { makeScenario } from '../../helpers/make-scenario.ts';
import { play } from '../../helpers/play.ts';
import { resolveQuarter } from '../../../game/engine/index.ts';
const china = await loadChina();
for (const sc of [china, makeScenario({providers:3, segments:2, asymmetric:true})]) {
  const { states } = play(sc, { seed: 1, humans: [] });
  let vP = 0, vL1 = 0, checks = 0;
  for (const factor of [1.5, 3]) for (const [s, seg] of sc.segments.entries()) {
    const alt = editable(sc); alt.segments[s]!.switchingCost *= factor;
    for (const st of states.slice(0, -1)) {
      const r0 = resolveQuarter(sc, st).report, r1 = resolveQuarter(alt, st).report;
      for (const [m, mk] of r0.markets.entries()) {
        if (mk.segment !== seg.id) continue;
        const m1 = r1.markets[m]!;
        let l0 = 0, l1 = 0;
        for (let p = 0; p < mk.active.length; p++) { if (!mk.active[p]) continue; checks++;
          const d0 = Math.abs(mk.allocatedShare[p]! - mk.start[p]!), d1 = Math.abs(m1.allocatedShare[p]! - m1.start[p]!);
          l0 += d0; l1 += d1;
          if (d1 > d0 + 1e-12) { vP++; if (vP < 4) console.log('p', sc.id, st.t+1, seg.id, mk.line, p, d0, d1, 'start', mk.start[p], 'target', mk.target[p]); }
        }
        if (l1 > l0 + 1e-12) { vL1++; if (vL1 < 4) console.log('L1', sc.id, st.t+1, seg.id, mk.line, l0, l1); }
      }
    }
  }
  console.log(sc.id, checks, vP, vL1);
}
