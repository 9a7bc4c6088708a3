// The UI's Save replay / Load replay / Continue go through game/save, and every failure shows in
// the alert region (role="alert") and leaves the running game as it was. No DOM here: a stub
// element stands in for the alert region.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Host } from '../../game/host/host.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { createViewStore } from '../../game/store/index.ts';
import type { SessionStore } from '../../game/store/index.ts';
import type { ShippedScenario } from '../../game/shipped-scenarios.ts';
import { clearAlert, mountAlert } from '../../game/ui/alert.ts';
import type { UiContext } from '../../game/ui/context.ts';
import { continueGame, loadReplay, saveReplay } from '../../game/ui/save-actions.ts';
import { known, knownScenarios, playQuarter, playedSession } from '../save/fixtures.ts';

interface StubElement {
  textContent: string;
  attributes: Record<string, string>;
  dataset: Record<string, string>;
  classList: { add(): void; remove(): void };
  setAttribute(name: string, value: string): void;
}

let region: StubElement;
let scenarios: (KnownScenario & ShippedScenario)[];

beforeAll(async () => {
  scenarios = (await knownScenarios()).map((s) => ({ ...s, file: `${s.id}.yaml` }));
  const make = (): StubElement => {
    const el: StubElement = {
      textContent: '',
      attributes: {},
      dataset: {},
      classList: { add() {}, remove() {} },
      setAttribute(name, value) {
        el.attributes[name] = value;
      },
    };
    return el;
  };
  (globalThis as { document?: unknown }).document = {
    createElement: () => (region = make()),
  };
  mountAlert({ appendChild() {} } as unknown as HTMLElement);
});
afterEach(() => clearAlert());

function host(over: Partial<Host> = {}): Host & { files: string[] } {
  const files: string[] = [];
  return {
    kind: 'browser',
    files,
    async writeAutosave() {},
    async readAutosave() {
      return undefined;
    },
    async saveFile(_name: string, text: string) {
      files.push(text);
      return true;
    },
    async openFile() {
      return undefined;
    },
    preferredLocale: () => 'en',
    print() {},
    ...over,
  } as Host & { files: string[] };
}

const ctxOf = (session: SessionStore, h: Host): UiContext =>
  ({ session, view: createViewStore(), host: h, scenarios }) as unknown as UiContext;

describe('UI save actions', () => {
  it('saves a handicapped game with its handicap and loads it back', async () => {
    const played = playedSession(scenarios, 0);
    const classroom = known(scenarios, 'classroom-duopoly');
    played.getState().startGame(classroom.scenario, { seed: 5, humans: ['NCL'], handicap: 'hard' });
    playQuarter(played.getState().game!);
    const h = host();
    expect(await saveReplay(ctxOf(played, h))).toBe(true);
    expect(region.attributes.role).toBe('alert');
    expect(region.textContent).toBe('Replay saved.');
    expect(JSON.parse(h.files[0]!)).toMatchObject({ handicap: 'hard' });

    const session = playedSession(scenarios, 1);
    const opener = host({ openFile: async () => ({ name: 'x.json', text: h.files[0]! }) });
    expect(await loadReplay(ctxOf(session, opener))).toBe(true);
    expect(region.textContent).toBe('Replay loaded.');
    expect(session.getState().game!.getState().log).toEqual(played.getState().game!.getState().log);
  });

  it('shows a rejected open, a failed save and a bad file, and changes nothing', async () => {
    const session = playedSession(scenarios, 1);
    const before = session.getState().game;
    const broken = host({
      openFile: () => Promise.reject(new Error('permission denied')),
      saveFile: () => Promise.reject(new Error('disk full')),
    });
    expect(await loadReplay(ctxOf(session, broken))).toBe(false);
    expect(region.textContent).toMatch(/Could not load the replay: .*permission denied/);
    expect(await saveReplay(ctxOf(session, broken))).toBe(false);
    expect(region.textContent).toMatch(/Could not save: .*disk full/);
    const bad = host({ openFile: async () => ({ name: 'x.json', text: '{"format":' }) });
    expect(await loadReplay(ctxOf(session, bad))).toBe(false);
    expect(region.textContent).toMatch(/Could not load the replay: .*cut off/);
    expect(session.getState().game).toBe(before);
  });

  it('Continue says the game was continued and where, not that a replay was loaded', async () => {
    const played = playedSession(scenarios, 2);
    const h = host();
    expect(await saveReplay(ctxOf(played, h))).toBe(true);
    const session = playedSession(scenarios, 0);
    const autosaved = host({ readAutosave: async () => h.files[0]! });
    expect(await continueGame(ctxOf(session, autosaved))).toBe(true);
    const log = session.getState().game!.getState().log;
    expect(log.length).toBe(2);
    expect(region.textContent).toMatch(/^Game continued at \d{4}Q[1-4]\.$/);
    expect(region.textContent).not.toContain(log[1]!.quarter);
  });

  it('says a cancelled pick nothing, and Continue without an autosave says so', async () => {
    const session = playedSession(scenarios, 1);
    const before = session.getState().game;
    expect(await loadReplay(ctxOf(session, host()))).toBe(false);
    expect(region.textContent).toBe('');
    expect(await continueGame(ctxOf(session, host()))).toBe(false);
    expect(region.textContent).toBe('No autosave to continue from.');
    const failing = host({ readAutosave: () => Promise.reject(new Error('quota')) });
    expect(await continueGame(ctxOf(session, failing))).toBe(false);
    expect(region.textContent).toMatch(/Could not load the replay: .*quota/);
    expect(session.getState().game).toBe(before);
  });
});
