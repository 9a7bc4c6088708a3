// A browser's game in a class: the same game store the screens use in solo play, whose actions
// also travel to the class server. Each action is first applied here with the same session
// table (so a typed value gets its reasons at once), then sent; the server's answer is the truth
// and replaces the local draft. A resolved quarter arrives as its log entry: this browser plays
// it with its own engine, reports its hash (desync detection) and moves on only if it matches.

import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { playQuarter } from '../engine/index.ts';
import type { Decision, DecisionError, Scenario } from '../engine/index.ts';
import * as table from '../session/index.ts';
import type { ActionResult, SessionData, Step } from '../session/index.ts';
import type { GameStoreState } from '../store/index.ts';
import type {
  ClassView,
  DraftMessage,
  QuarterMessage,
  RefusedMessage,
  RewindMessage,
  Status,
  Welcome,
} from '../wire/messages.ts';

/** What the store needs of a Colyseus room (a test may pass a fake). */
export interface ClassLink {
  send(type: string, message: unknown): void;
  onMessage<T>(type: string, listener: (message: T) => void): unknown;
}

export interface ClassGame {
  game: StoreApi<GameStoreState>;
  view: StoreApi<ClassView>;
}

function refusal(code: 'class/not_allowed', message: string): ActionResult {
  const errors: DecisionError[] = [{ field: 'class', code, message }];
  return { ok: false, errors };
}

/** Keeps only `seat`'s draft and undo stack: what the server would let this browser see. */
function sealed(data: SessionData, seat: string): SessionData {
  return table.sealedView(data, seat);
}

/** The game as the welcome describes it, rebuilt by this browser's engine from the log. */
function rebuild(scenario: Scenario, welcome: Welcome): SessionData {
  // The team's name is the player's: the debrief, its print-out and a saved replay carry it.
  const player = welcome.team ?? '';
  const start = table.startSession(scenario, {
    seed: welcome.seed,
    humans: welcome.humans,
    player,
  });
  const loaded =
    welcome.log.length > 0
      ? table.loadLog(start, {
          seed: welcome.seed,
          humans: welcome.humans,
          log: welcome.log,
          player,
        })
      : { data: start, result: { ok: true } as const };
  if (!loaded.result.ok)
    throw new Error(`the class game does not replay here: ${loaded.result.errors[0]?.message}`);
  const seat = welcome.seat;
  if (seat === null) return loaded.data;
  const data = welcome.draft
    ? { ...loaded.data, drafts: { ...loaded.data.drafts, [seat]: welcome.draft } }
    : loaded.data;
  return sealed(data, seat);
}

export function createClassGame(scenario: Scenario, welcome: Welcome, link: ClassLink): ClassGame {
  const seat = welcome.seat;
  const view = createStore<ClassView>()(() => ({
    status: null,
    connected: true,
    clockOffsetMs: 0,
    desyncAt: null,
    team: welcome.team,
    teamCode: welcome.teamCode,
  }));
  const game = createStore<GameStoreState>()((set, get) => {
    /** Applies a seat action here, and sends it when it is this browser's own seat. */
    const local = (step: Step, send: () => void): ActionResult => {
      set(step.data);
      send();
      return step.result;
    };
    const own = (provider: string): ActionResult | null =>
      provider === seat
        ? null
        : refusal('class/not_allowed', `this device plays ${seat ?? 'no seat'}`);
    const action = (provider: string, name: 'reset' | 'suggest' | 'undo', step: Step) =>
      own(provider) ?? local(step, () => link.send('seat', { action: name }));
    return {
      ...rebuild(scenario, welcome),
      setDraft: (provider: string, draft: Decision) =>
        own(provider) ??
        local(table.setDraft(get(), provider, draft), () => link.send('draft', { draft })),
      resetDraft: (provider) => action(provider, 'reset', table.resetDraft(get(), provider)),
      applySuggestion: (provider) =>
        action(provider, 'suggest', table.applySuggestion(get(), provider)),
      undoDraft: (provider) => action(provider, 'undo', table.undoDraft(get(), provider)),
      commit: (provider) => {
        const refused = own(provider);
        if (refused) return refused;
        const step = table.commit(get(), provider);
        // Only a draft the engine accepts here is sent: the server would refuse it the same way.
        return step.result.ok
          ? local(step, () => link.send('seat', { action: 'commit' }))
          : local(step, () => undefined);
      },
      endQuarter: () =>
        refusal('class/not_allowed', 'the class server resolves the quarter when all have sealed'),
      newGame: () => refusal('class/not_allowed', 'a class game cannot be replaced'),
      loadLog: () => refusal('class/not_allowed', 'a class game cannot be replaced'),
    };
  });

  link.onMessage<DraftMessage>('draft', (message) => {
    if (message.seat !== seat) return;
    const data = game.getState();
    game.setState({
      drafts: message.draft ? { ...data.drafts, [seat]: message.draft } : data.drafts,
      committed: { ...data.committed, [seat]: message.committed },
      lastError: message.errors.length > 0 ? { provider: seat, errors: message.errors } : null,
    });
  });
  link.onMessage<RefusedMessage>('refused', (message) => {
    game.setState({
      lastError: seat ? { provider: seat, errors: message.errors } : { errors: message.errors },
    });
  });
  link.onMessage<Status>('status', (status) =>
    view.setState({ status, clockOffsetMs: status.serverNow - Date.now() }),
  );
  link.onMessage<QuarterMessage>('quarter', (message) => {
    const data = game.getState();
    if (message.index !== data.log.length) return; // already played (a repeated message)
    const { decisions, injected = [] } = message.entry;
    const mine = playQuarter(data.scenario, data.game, decisions, injected).entry.hash;
    link.send('hash', { quarter: message.index, hash: mine });
    if (mine !== message.entry.hash) {
      view.setState({ desyncAt: message.index });
      return;
    }
    // Every seat's sealed decision, as the server played them, through the same table.
    const all = {
      ...data,
      drafts: message.entry.decisions,
      committed: {} as Record<string, boolean>,
    };
    for (const id of data.humans) all.committed[id] = true;
    const next = table.endQuarter(all, injected);
    if (next.result.ok) game.setState(seat ? sealed(next.data, seat) : next.data);
  });
  // A welcome after the first: the device joined again (the host restarted, the line dropped).
  // The server's log wins; within the same quarter, this device's draft wins unless the server
  // has the seat sealed, and a seal the server never received is sent again.
  link.onMessage<Welcome>('welcome', (again) => {
    if (again.seat !== seat) return; // the team was moved: game/net/seat-binding.ts rebuilds
    const data = game.getState();
    const sameQuarter =
      again.log.length === data.log.length && again.log.at(-1)?.hash === data.log.at(-1)?.hash;
    if (!sameQuarter) {
      const step = table.loadLog(data, {
        seed: data.seed,
        humans: data.humans,
        log: again.log,
        player: data.player,
      });
      if (!step.result.ok) return view.setState({ desyncAt: again.log.length });
      const drafts = again.draft && seat ? { [seat]: again.draft } : {};
      const next = { ...step.data, drafts: { ...step.data.drafts, ...drafts } };
      if (seat) next.committed = { ...next.committed, [seat]: again.committed };
      return game.setState(seat ? sealed(next, seat) : next);
    }
    if (!seat) return;
    if (again.committed) {
      const drafts = again.draft ? { ...data.drafts, [seat]: again.draft } : data.drafts;
      return game.setState({ drafts, committed: { ...data.committed, [seat]: true } });
    }
    const mine = data.drafts[seat];
    if (mine && JSON.stringify(mine) !== JSON.stringify(again.draft))
      link.send('draft', { draft: mine });
    if (data.committed[seat]) link.send('seat', { action: 'commit' });
  });
  link.onMessage<RewindMessage>('rewind', (message) => {
    const data = game.getState();
    const step = table.loadLog(data, {
      seed: data.seed,
      humans: data.humans,
      log: message.log,
      player: data.player,
    });
    if (step.result.ok) game.setState(seat ? sealed(step.data, seat) : step.data);
    else view.setState({ desyncAt: message.log.length });
  });
  return { game, view };
}
