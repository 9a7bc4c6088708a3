// The game store (zustand/vanilla, so it runs in Node, in tests and under any UI). It owns the
// running game and every human's draft; the engine decides everything else. Actions never
// mutate: each one builds new records for what it changes and keeps the rest by reference,
// which is what lets `subscribe(selector)` listeners skip unchanged slices.

import { createStore } from 'zustand/vanilla';
import {
  isFinished,
  playQuarter,
  replay,
  startGame,
  suggestDecision,
  validateDecision,
} from '../engine/index.ts';
import type { Decision, DecisionError, Scenario } from '../engine/index.ts';
import { storeError, thrownError } from './errors.ts';
import { checkSavedLog } from './saved-log.ts';
import { freshDrafts, heldDraft } from './setup.ts';
import type { ActionResult, GameData, GameOptions, GameStoreState, SavedLog } from './types.ts';

const OK: ActionResult = { ok: true };

function startData(scenario: Scenario, options: GameOptions): GameData {
  const humans = options.humans.slice();
  const { state, history } = startGame(scenario, { seed: options.seed, humans });
  return {
    scenario,
    game: state,
    history,
    reports: [],
    ...freshDrafts(scenario, state, humans, [], history),
    log: [],
    lastError: null,
    seed: options.seed,
    humans,
    player: options.player ?? '',
  };
}

export type GameStore = ReturnType<typeof createGameStore>;

/** Throws (EngineError) if the options name an unknown provider or a bad seed. */
export function createGameStore(scenario: Scenario, options: GameOptions) {
  const initial = startData(scenario, options);
  return createStore<GameStoreState>()((set, get) => {
    const refuse = (errors: DecisionError[], provider?: string): ActionResult => {
      set({ lastError: provider === undefined ? { errors } : { provider, errors } });
      return { ok: false, errors };
    };

    /** Why `provider`'s draft cannot be touched now, if it cannot. */
    const draftBlock = (provider: string): DecisionError[] => {
      const s = get();
      if (!s.humans.includes(provider))
        return [
          storeError(
            'provider',
            'not_human',
            `${provider} is not played by a human here; humans: ${s.humans.join(', ') || 'none'}`,
          ),
        ];
      if (isFinished(s.scenario, s.game))
        return [storeError('game', 'game_over', 'the game is over')];
      if (s.committed[provider])
        return [
          storeError(
            'provider',
            'committed',
            `${provider} has already committed this quarter's decisions`,
          ),
        ];
      return [];
    };

    /** Replaces a draft, keeping the one it replaces for undo. */
    const replaceDraft = (
      provider: string,
      next: Decision,
      errors: DecisionError[] | null,
    ): void => {
      const s = get();
      const previous = s.drafts[provider];
      const stack = s.undo[provider] ?? [];
      set({
        drafts: { ...s.drafts, [provider]: next },
        undo: { ...s.undo, [provider]: previous ? [...stack, previous] : stack },
        lastError: errors ? { provider, errors } : null,
      });
    };

    return {
      ...initial,

      setDraft(provider, draft) {
        const blocked = draftBlock(provider);
        if (blocked.length > 0) return refuse(blocked, provider);
        const s = get();
        const checked = validateDecision(s.scenario, s.game, provider, draft);
        // An invalid draft is kept exactly as typed (a copy, so later edits by the caller do not
        // leak in), never clamped: the player sees their own numbers next to the reasons.
        if (checked.ok) replaceDraft(provider, checked.decision, null);
        else replaceDraft(provider, structuredClone(draft), checked.errors);
        return checked.ok ? OK : { ok: false, errors: checked.errors };
      },

      resetDraft(provider) {
        const blocked = draftBlock(provider);
        if (blocked.length > 0) return refuse(blocked, provider);
        const s = get();
        const reports = s.reports.length > 0 ? s.reports : s.history;
        replaceDraft(provider, heldDraft(s.scenario, s.game, provider, s.log, reports), null);
        return OK;
      },

      applySuggestion(provider) {
        const blocked = draftBlock(provider);
        if (blocked.length > 0) return refuse(blocked, provider);
        const s = get();
        replaceDraft(provider, suggestDecision(s.scenario, s.game, provider).decision, null);
        return OK;
      },

      undoDraft(provider) {
        const blocked = draftBlock(provider);
        if (blocked.length > 0) return refuse(blocked, provider);
        const s = get();
        const stack = s.undo[provider] ?? [];
        const previous = stack[stack.length - 1];
        if (!previous)
          return refuse(
            [
              storeError(
                'undo',
                'nothing_to_undo',
                `${provider} has no earlier draft this quarter`,
              ),
            ],
            provider,
          );
        const checked = validateDecision(s.scenario, s.game, provider, previous);
        set({
          drafts: { ...s.drafts, [provider]: previous },
          undo: { ...s.undo, [provider]: stack.slice(0, -1) },
          lastError: checked.ok ? null : { provider, errors: checked.errors },
        });
        return OK;
      },

      commit(provider) {
        const blocked = draftBlock(provider);
        if (blocked.length > 0) return refuse(blocked, provider);
        const s = get();
        const draft = s.drafts[provider];
        const checked = validateDecision(s.scenario, s.game, provider, draft);
        if (!checked.ok) return refuse(checked.errors, provider);
        set({
          drafts: { ...s.drafts, [provider]: checked.decision },
          committed: { ...s.committed, [provider]: true },
          undo: { ...s.undo, [provider]: [] },
          lastError: null,
        });
        return OK;
      },

      endQuarter() {
        const s = get();
        if (isFinished(s.scenario, s.game))
          return refuse([storeError('game', 'game_over', 'the game is over')]);
        const waiting = s.humans.filter((id) => !s.committed[id]);
        if (waiting.length > 0)
          return refuse([
            storeError('committed', 'not_committed', `waiting for ${waiting.join(', ')} to commit`),
          ]);
        const decisions: Record<string, Decision> = {};
        for (const id of s.humans) decisions[id] = s.drafts[id]!;
        try {
          const step = playQuarter(s.scenario, s.game, decisions);
          const reports = [...s.reports, step.report];
          const log = [...s.log, step.entry];
          set({
            game: step.state,
            reports,
            log,
            ...freshDrafts(s.scenario, step.state, s.humans, log, reports),
            lastError: null,
          });
          return OK;
        } catch (e) {
          return refuse([thrownError('quarter', 'engine', e)]);
        }
      },

      newGame(scenario, options) {
        try {
          set(startData(scenario, options));
          return OK;
        } catch (e) {
          return refuse([thrownError('options', 'new_game', e)]);
        }
      },

      loadLog(save: SavedLog) {
        const s = get();
        const problems = checkSavedLog(save);
        if (problems.length > 0) return refuse(problems);
        try {
          const humans = save.humans.slice();
          const result = replay(s.scenario, { seed: save.seed, humans, log: save.log });
          set({
            game: result.state,
            history: result.history,
            reports: result.reports,
            log: structuredClone(save.log.slice()),
            ...freshDrafts(
              s.scenario,
              result.state,
              humans,
              save.log,
              result.reports.length > 0 ? result.reports : result.history,
            ),
            lastError: null,
            seed: save.seed,
            humans,
            player: save.player ?? '',
          });
          return OK;
        } catch (e) {
          // The engine names the quarter where the replay diverged; the game in play stays.
          return refuse([thrownError('log', 'replay_failed', e)]);
        }
      },
    };
  });
}
