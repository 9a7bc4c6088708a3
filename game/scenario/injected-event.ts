// An event a teacher injects into a class game ("a shock"): the same effects a scenario's events
// may have, checked by the same rules as a scenario file (the effect schema's bounds, then the
// cross-reference checks against this scenario's providers and segments), so a shock the server
// accepts is one the scenario's author could have written. The problems come back located
// (`effects[0].provider: …`), as a scenario file's do, without line numbers: a shock is a message,
// not a file.

import { z } from 'zod';
import type { EffectSpec, InjectedEvent, Scenario } from '../engine/index.ts';
import { checkEffects } from './check-events.ts';
import type { CheckContext } from './check-context.ts';
import { list, nameId } from './fields.ts';
import { describeIssues } from './issues.ts';
import { LIMITS } from './limits.ts';
import { formatPath } from './loose.ts';
import { effectSchema } from './schema-events.ts';

/** What a teacher types as a headline: short, since it runs on every screen's ticker. */
export const INJECTED_TITLE_MAX = 120;

const headline = z
  .string()
  .trim()
  .min(1, 'type a headline')
  .max(INJECTED_TITLE_MAX, `a headline has at most ${INJECTED_TITLE_MAX} characters`)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'a headline cannot hold control characters');

const rawSchema = z.strictObject({
  id: nameId('Id of the injected event, unique in the game.'),
  title: z.strictObject({ en: headline, zh: headline }),
  effects: list(effectSchema, LIMITS.effects, 'effects').min(1, 'give at least one effect'),
});

/**
 * The shape of an injected event (bounds included, cross-references not: see checkInjected), read
 * into the engine's form. Saves, journals and class messages parse with it.
 */
export const injectedEventSchema: z.ZodType<InjectedEvent> = rawSchema.transform((e) => ({
  id: e.id,
  title: { en: e.title.en, zh: e.title.zh },
  effects: e.effects.map(plainEffect),
}));

export interface InjectedProblem {
  /** Like "effects[0].provider"; empty for the event as a whole. */
  path: string;
  message: string;
  hint?: string;
}

export type InjectedCheck =
  { ok: true; event: InjectedEvent } | { ok: false; problems: InjectedProblem[] };

/**
 * Checks `raw` as an event to inject into a game of `scenario`. `usedIds`: ids of the events
 * already injected into this game (an id names one event in the news and the log).
 */
export function checkInjected(
  scenario: Scenario,
  raw: unknown,
  usedIds: ReadonlySet<string> = new Set(),
): InjectedCheck {
  const parsed = injectedEventSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: describeIssues(parsed.error.issues, raw, rawSchema).map((p) => ({
        path: formatPath(p.path),
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
      })),
    };
  const ctx: CheckContext = {
    raw: {},
    providers: new Map(scenario.providers.map((p) => [p.id, { iaas: p.iaas }])),
    segments: new Map(scenario.segments.map((s, i) => [s.id, i])),
    span: undefined,
    problems: [],
  };
  // 'event': a shock names its providers ('random' and 'self' belong to cards and dilemmas).
  checkEffects(ctx, parsed.data.effects, ['effects'], 'event');
  const id = parsed.data.id;
  const scenarioIds = [
    ...scenario.events.map((e) => e.id),
    ...scenario.randomEvents.cards.map((c) => c.id),
    ...scenario.dilemmas.map((d) => d.id),
  ];
  if (usedIds.has(id) || scenarioIds.includes(id))
    ctx.problems.push({ path: ['id'], message: `event id ${id} is already used in this game` });
  if (ctx.problems.length > 0)
    return {
      ok: false,
      problems: ctx.problems.map((p) => ({ path: formatPath(p.path), message: p.message })),
    };
  return { ok: true, event: parsed.data };
}

/** An effect with every `{value, source}` number replaced by its value (the engine's form). */
function plainEffect(effect: z.infer<typeof effectSchema>): EffectSpec {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(effect)) {
    const cited =
      typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;
    out[key] = cited ? value.value : Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out as unknown as EffectSpec;
}
