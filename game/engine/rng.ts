// The only source of randomness in the game: sfc32, a small counting generator whose whole
// state is four 32-bit words kept in GameState, so saving a game saves the stream position.
// (Written here rather than imported because the engine imports nothing outside itself.)

export type RngState = number[];

export function seedRng(seed: number): RngState {
  // splitmix32 spreads any integer seed over the four words.
  let x = seed >>> 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  let state: RngState = words;
  for (let i = 0; i < 12; i++) state = nextRandom(state).state;
  return state;
}

/** Returns a float in [0, 1) and the advanced state; the input state is not modified. */
export function nextRandom(state: RngState): { value: number; state: RngState } {
  let a = state[0]! >>> 0;
  let b = state[1]! >>> 0;
  let c = state[2]! >>> 0;
  let d = state[3]! >>> 0;
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + t) >>> 0;
  return { value: t / 4294967296, state: [a >>> 0, b, c, d] };
}
