import fc from 'fast-check';
import { loadChina } from '/work/main/tests/helpers/scenarios.ts';
import { makeScenario } from '/work/main/tests/helpers/make-scenario.ts';
import { quarterProblems } from '/work/main/tests/helpers/invariants.ts';
import { genesArb, validDraft } from '/work/main/tests/helpers/drafts.ts';
import { startGame, playQuarter, isFinished } from '/work/main/game/engine/index.ts';
const china = await loadChina();
for (const sc of [makeScenario({providers:3, segments:2, asymmetric:true}), makeScenario({providers:3, segments:2, capacity:0.3}), china]) {
  const ids = sc.providers.map(p=>p.id);
  const t0 = performance.now();
  const res = fc.check(fc.property(fc.uniqueArray(fc.constantFrom(...ids), {minLength:1,maxLength:2}), fc.array(fc.array(genesArb(sc.segments.length), {minLength:2,maxLength:2}), {minLength: sc.quarters, maxLength: sc.quarters}), (humans, plan) => {
    let s = startGame(sc, {seed:7, humans}).state;
    let q = 0;
    while (!isFinished(sc, s)) {
      const dec: Record<string, any> = {};
      humans.forEach((h, i) => dec[h] = validDraft(sc, s, h, plan[q]![i]!));
      const st = playQuarter(sc, s, dec);
      const pr = quarterProblems(sc, s, st.state, st.report);
      if (pr.length) throw new Error(pr.slice(0,8).join('\n'));
      s = st.state; q++;
    }
  }), {seed: 4242, numRuns: sc.providers.length > 5 ? 120 : 1000, endOnFailure: true});
  console.log(sc.id, performance.now()-t0, res.failed ? String((res as any).errorInstance).slice(0, 3000) : 'ok');
}
