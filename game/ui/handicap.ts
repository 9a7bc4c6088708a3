// The handicap lives in game/scenario/handicap.ts, shared with the save format.
export { HANDICAPS, applyHandicap } from '../scenario/handicap.ts';
export type { Handicap } from '../scenario/handicap.ts';
