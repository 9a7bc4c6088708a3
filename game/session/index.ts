// Public surface of the session layer: the table's actions over SessionData (solo, hot-seat
// and, later, a server room) and the analysis runs the screens use.

export {
  applySuggestion,
  commit,
  endQuarter,
  holdUncommitted,
  loadLog,
  newGame,
  nextHotSeat,
  resetDraft,
  resolveIfAllCommitted,
  sealedView,
  setDraft,
  startSession,
  undoDraft,
  undoQuarter,
  waitingFor,
} from './table.ts';
export { savedLog } from './selectors.ts';
export type { ActionResult, GameData, GameOptions, SavedLog, SessionData, Step } from './types.ts';
