// Public surface of the store.

export { createGameStore } from './game-store.ts';
export type { GameStore } from './game-store.ts';
export { createViewStore } from './view-store.ts';
export type { MapShare, ViewState, ViewStore } from './view-store.ts';
export { savedLog, waitingFor, nextHotSeat } from '../session/index.ts';
export type { GameData, GameStoreState, SavedLog } from './types.ts';
export { createSessionStore } from './session-store.ts';
export type { SessionState, SessionStore } from './session-store.ts';
