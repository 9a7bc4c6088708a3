import { makeScenario } from '../../helpers/make-scenario.ts';
import { quarterProblems } from '../../helpers/invariants.ts';
import { startGame, playQuarter, isFinished } from '../../../game/engine/index.ts';
const sc = makeScenario({providers:3, segments:2, asymmetric:true});
let tStart=0, tPlay=0, tCheck=0;
for (let i=0;i<200;i++){
  let a=performance.now(); let s = startGame(sc,{seed:i,humans:[]}).state; tStart+=performance.now()-a;
  while(!isFinished(sc,s)){ a=performance.now(); const st=playQuarter(sc,s,{}); tPlay+=performance.now()-a; a=performance.now(); quarterProblems(sc,s,st.state,st.report); tCheck+=performance.now()-a; s=st.state;}
}
console.log(tStart,tPlay,tCheck);
