// Lost or duplicated decisions: what every bot sent and received, against each market's journal
// as the server wrote it. A decision a bot sent that the journal lacks is lost; one the journal
// holds more often than it was sent (or that no bot sent) is duplicated; a quarter message a bot
// never got is lost, one it got twice is duplicated. Mismatched: a quarter resolved with another
// decision than the seat's last draft before it sealed, or two devices of one market holding
// different results for the same quarter. Pure.

import { canonicalJson } from '../../../game/engine/index.ts';
import type { Decision, LogEntry } from '../../../game/engine/index.ts';
import type { MarketEntry } from '../../../game/classroom/market-entry.ts';

export interface SentDecision {
  /** The quarter being drafted (0 = the first quarter played). */
  quarter: number;
  kind: 'draft' | 'commit';
  /** The draft sent (kind 'draft' only). */
  draft?: Decision;
}

export interface BotLog {
  name: string;
  market: number;
  seat: string;
  sent: SentDecision[];
  /** Every quarter message the bot received, in arrival order. */
  quarters: { index: number; entry: LogEntry }[];
}

export interface Reconciled {
  /** Decisions sent plus quarter messages due: what was checked. */
  checked: number;
  lost: number;
  duplicated: number;
  mismatched: number;
  /** The first problems found, one line each, for the report. */
  problems: string[];
}

const MAX_PROBLEMS = 8;

function keyOf(seat: string, kind: 'draft' | 'commit', draft?: Decision): string {
  return kind === 'draft' ? `${seat} draft ${canonicalJson(draft)}` : `${seat} commit`;
}

/** A market's journal cut at each resolve: the seat entries of each quarter, in order. */
function quartersOf(entries: readonly MarketEntry[]): {
  seatEntries: MarketEntry[][];
  resolved: number;
} {
  const seatEntries: MarketEntry[][] = [[]];
  for (const entry of entries) {
    if (entry.kind === 'resolve') seatEntries.push([]);
    else if (entry.kind === 'draft' || entry.kind === 'seat') seatEntries.at(-1)!.push(entry);
  }
  return { seatEntries, resolved: seatEntries.length - 1 };
}

function journalKey(entry: MarketEntry): string {
  if (entry.kind === 'draft') return keyOf(entry.seat, 'draft', entry.draft);
  if (entry.kind === 'seat' && entry.action === 'commit') return keyOf(entry.seat, 'commit');
  return `${'seat' in entry ? entry.seat : ''} ${entry.kind} ${'action' in entry ? entry.action : ''}`;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function reconcile(
  bots: readonly BotLog[],
  journals: ReadonlyMap<number, readonly MarketEntry[]>,
  quarters: number,
): Reconciled {
  const out: Reconciled = { checked: 0, lost: 0, duplicated: 0, mismatched: 0, problems: [] };
  const problem = (line: string): void => {
    if (out.problems.length < MAX_PROBLEMS) out.problems.push(line);
  };
  const markets = [...new Set(bots.map((b) => b.market))].sort((a, b) => a - b);
  for (const market of markets) {
    const here = bots.filter((b) => b.market === market);
    const { seatEntries, resolved } = quartersOf(journals.get(market) ?? []);
    if (resolved !== quarters)
      problem(`market ${market}: the journal resolved ${resolved} of ${quarters} quarters`);

    // Decisions: each quarter's sent messages against that quarter's journal entries.
    for (let q = 0; q < Math.max(quarters, seatEntries.length); q++) {
      const sent = new Map<string, number>();
      for (const bot of here)
        for (const s of bot.sent)
          if (s.quarter === q) {
            out.checked++;
            count(sent, keyOf(bot.seat, s.kind, s.draft));
          }
      const held = new Map<string, number>();
      for (const entry of seatEntries[q] ?? []) count(held, journalKey(entry));
      for (const key of new Set([...sent.keys(), ...held.keys()])) {
        const diff = (held.get(key) ?? 0) - (sent.get(key) ?? 0);
        const what = key.length > 60 ? `${key.slice(0, 60)}...` : key;
        if (diff < 0) {
          out.lost -= diff;
          problem(`market ${market} quarter ${q}: ${-diff} x "${what}" sent, not in the journal`);
        } else if (diff > 0) {
          out.duplicated += diff;
          problem(`market ${market} quarter ${q}: ${diff} x "${what}" in the journal, not sent`);
        }
      }
    }

    // Quarter results: every bot gets each quarter exactly once, all with the same entry.
    const reference = new Map<number, LogEntry>();
    for (const bot of here)
      for (let q = 0; q < quarters; q++) {
        out.checked++;
        const got = bot.quarters.filter((r) => r.index === q);
        if (got.length === 0) {
          out.lost++;
          problem(`${bot.name}: never got quarter ${q}`);
          continue;
        }
        if (got.length > 1) {
          out.duplicated += got.length - 1;
          problem(`${bot.name}: got quarter ${q} ${got.length} times`);
        }
        const first = reference.get(q);
        if (!first) reference.set(q, got[0]!.entry);
        else if (canonicalJson(first) !== canonicalJson(got[0]!.entry)) {
          out.mismatched++;
          problem(`${bot.name}: quarter ${q} differs from its market's other devices`);
        }
      }

    // The decision each seat sealed is the one its quarter resolved with.
    for (const [q, entry] of reference)
      for (const seat of new Set(here.map((b) => b.seat))) {
        const drafts = (seatEntries[q] ?? []).filter(
          (e): e is Extract<MarketEntry, { kind: 'draft' }> =>
            e.kind === 'draft' && e.seat === seat,
        );
        const last = drafts.at(-1);
        if (!last) continue;
        if (canonicalJson(entry.decisions[seat]) !== canonicalJson(last.draft)) {
          out.mismatched++;
          problem(
            `market ${market} quarter ${q}: ${seat} resolved with another decision than its last draft`,
          );
        }
      }
  }
  return out;
}
