// Every check that needs more than one field: ids that must exist, sums that must add up,
// quarters that must fall inside the game. Runs on the raw data next to the schema, so
// one pass reports schema and cross-reference problems together.
import { makeContext } from './check-context.ts';
import { checkDilemmas } from './check-dilemmas.ts';
import { checkEvents } from './check-events.ts';
import { checkLines, checkObjectives, checkSegments, checkTimeline } from './check-market.ts';
import { checkProviders } from './check-providers.ts';
import type { RawProblem } from './issues.ts';

export function crossCheck(raw: unknown): RawProblem[] {
  const ctx = makeContext(raw);
  if (!ctx) return [];
  checkTimeline(ctx);
  checkLines(ctx);
  checkSegments(ctx);
  checkProviders(ctx);
  checkEvents(ctx);
  checkDilemmas(ctx);
  checkObjectives(ctx);
  return ctx.problems;
}
