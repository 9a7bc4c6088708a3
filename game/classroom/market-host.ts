// A market held by a server: its state, its journal, and the rule that nothing changes before it
// is on disk. An entry is tried on the current state first; a refused entry is answered and never
// written; an accepted one is appended (fsynced) and only then becomes the state. Entries are
// applied one at a time in arrival order, so two messages never both start from the same state.

import type { SessionData } from '../session/index.ts';
import { Journal } from './journal.ts';
import { entrySchema } from './market-entry.ts';
import { applyEntry, isKept, openMarket } from './market.ts';
import type { Advance, Applied, MarketEntry, MarketState } from './market.ts';

function parseEntry(raw: unknown): MarketEntry {
  const parsed = entrySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `not a market entry (${issue ? `${issue.path.join('.')}: ${issue.message}` : ''})`,
  );
}

export class MarketHost {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private current: MarketState,
    private readonly journal: Journal<MarketEntry>,
  ) {}

  /**
   * Opens the market's journal at `path` and replays it over the fresh market. A journal entry
   * the reducer refuses means the journal does not belong to this class: refused with its line.
   */
  static async open(
    path: string,
    session: SessionData,
    quarterMs: number,
    advance: Advance,
    practice = false,
  ): Promise<MarketHost> {
    const { journal, entries } = await Journal.open(path, parseEntry);
    let state = openMarket(session, quarterMs, advance, practice);
    for (const [i, entry] of entries.entries()) {
      const applied = applyEntry(state, entry);
      if (!isKept(entry, applied)) {
        await journal.close();
        const why = applied.result.ok ? '' : applied.result.errors.map((e) => e.message).join('; ');
        throw new Error(`${path}:${i + 1}: the journal does not replay on this class (${why})`);
      }
      state = applied.state;
    }
    return new MarketHost(state, journal);
  }

  get state(): MarketState {
    return this.current;
  }

  /** Applies `entry` once every earlier entry is done; resolves after it is on disk. */
  apply(entry: MarketEntry): Promise<Applied> {
    const run = async (): Promise<Applied> => {
      const applied = applyEntry(this.current, entry);
      if (!isKept(entry, applied)) return applied;
      await this.journal.append(entry);
      this.current = applied.state;
      return applied;
    };
    const done = this.queue.then(run);
    this.queue = done.catch(() => undefined);
    return done;
  }

  close(): Promise<void> {
    return this.queue.then(() => this.journal.close());
  }
}
