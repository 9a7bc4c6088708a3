import { nextRandom, seedRng } from '../../../game/engine/rng.ts';
let s = seedRng(1); console.log(JSON.stringify(s));
const v=[]; for (let i=0;i<5;i++){const r=nextRandom(s); v.push(r.value); s=r.state;} console.log(JSON.stringify(v));
console.log(JSON.stringify(seedRng(2**32+1)), JSON.stringify(seedRng(-1)), JSON.stringify(seedRng(2**32-1)));
