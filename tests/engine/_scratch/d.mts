import { loadChina } from '../../helpers/scenarios.ts';
import { makeScenario } from '../../helpers/make-scenario.ts';
import { startGame, playQuarter, isFinished, suggestDecision, validateDecision, explain, attributionTotal } from '../../../game/engine/index.ts';
import { attributeTrajectory } from '../../../game/engine/trajectory.ts';
for (const sc of [await loadChina(), makeScenario({providers:3, segments:2, capacity: 0.3})]) {
  let s = startGame(sc, {seed:1, humans:[]}).state;
  const reports = [];
  let bad = 0;
  while (!isFinished(sc, s)) {
    for (const p of sc.providers) { const d = suggestDecision(sc, s, p.id).decision; const v = validateDecision(sc, s, p.id, d); if (!v.ok) { bad++; if (bad<5) console.log(s.t+1, p.id, JSON.stringify(v.errors)); } }
    const st = playQuarter(sc, s, {}); reports.push(st.report); s = st.state;
  }
  let worst = 0, worstB = 0, worstA = 0; let maxCap = 0;
  for (let q=0;q<reports.length;q++) { const r = reports[q]!;
    for (const p of sc.providers) for (const [si, seg] of sc.segments.entries()) {
      const a = explain(r, p.id, seg.id);
      worst = Math.max(worst, Math.abs(attributionTotal(a) - (a.after - a.before)));
      const rp = r.providers.find(x=>x.id===p.id)!;
      worstA = Math.max(worstA, Math.abs(a.after - rp.segmentShare[si]!));
      worstB = Math.max(worstB, Math.abs(a.before - rp.previousSegmentShare[si]!));
      maxCap = Math.max(maxCap, Math.abs(a.parts.capacity));
    }
  }
  console.log(sc.id, 'bad', bad, 'explain', worst, worstA, worstB, maxCap);
  for (const p of sc.providers) { const tr = attributeTrajectory(reports, p.id); const tot = Object.values(tr.parts).reduce((a,b)=>a+b,0); console.log(p.id, tr.before, tr.after, tot - (tr.after - tr.before), JSON.stringify(tr.parts)); }
}
