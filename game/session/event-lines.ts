// The report's news lines: a dilemma every provider answers would otherwise give one line per
// provider (nine lines for one question), so the answers are grouped by option, in the order
// the options first appear, naming everyone who took each one.

import type { QuarterReport } from '../engine/index.ts';

type Fired = QuarterReport['events'][number];

export interface EventLine {
  title: Fired['title'];
  body: Fired['body'];
  /** For a grouped dilemma answer: who took this option, in report order. */
  providers?: string[];
  /** An event the teacher injected into a class game (the news says it is the teacher's). */
  injected?: true;
}

export function eventLines(events: readonly Fired[]): EventLine[] {
  const lines: EventLine[] = [];
  const answers = new Map<string, string[]>();
  for (const e of events) {
    if (e.option === undefined || e.provider === undefined) {
      lines.push({ title: e.title, body: e.body, ...(e.injected ? { injected: true } : {}) });
      continue;
    }
    const key = `${e.id}\u0000${e.option}`;
    const named = answers.get(key);
    if (named) {
      named.push(e.provider);
      continue;
    }
    const providers = [e.provider];
    answers.set(key, providers);
    lines.push({ title: e.title, body: e.body, providers });
  }
  return lines;
}
