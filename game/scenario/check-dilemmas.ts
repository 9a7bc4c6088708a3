// Cross-reference checks of dilemmas: unique ids, a quarter the players decide, providers that
// exist, option ids unique within the dilemma, a default that is one of them, and effects
// checked as an event's (with 'self' for the chooser).
import { type CheckContext, checkUnique, report } from './check-context.ts';
import { checkEffects } from './check-events.ts';
import { quarterIndex } from './fields.ts';
import { type Path, asList, field } from './loose.ts';

export function checkDilemmas(ctx: CheckContext): void {
  const seen = new Map<string, number>();
  const start = quarterIndex(ctx.raw['start']);
  asList(ctx.raw['dilemmas']).forEach((dilemma, i) => {
    const path: Path = ['dilemmas', i];
    const id = field(dilemma, 'id');
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first !== undefined)
        report(ctx, [...path, 'id'], `dilemma id ${id} is used twice (also dilemmas[${first}])`);
      else seen.set(id, i);
    }
    const label = field(dilemma, 'quarter');
    const q = quarterIndex(label);
    if (q !== undefined && ctx.span && (q > ctx.span.last || (start !== undefined && q < start)))
      report(
        ctx,
        [...path, 'quarter'],
        `a dilemma in ${String(label)} would never be asked: players decide from start to the last quarter`,
      );
    const providers = field(dilemma, 'providers');
    asList(providers).forEach((p, n) => {
      if (typeof p === 'string' && !ctx.providers.has(p))
        report(
          ctx,
          [...path, 'providers', n],
          `dilemma names provider ${p}, which is not in providers`,
        );
    });
    checkUnique(ctx, providers, [...path, 'providers'], 'provider');
    const options = asList(field(dilemma, 'options'));
    const ids = options.map((o) => field(o, 'id'));
    checkUnique(ctx, ids, [...path, 'options'], 'option id');
    const fallback = field(dilemma, 'default');
    if (typeof fallback === 'string' && !ids.includes(fallback))
      report(
        ctx,
        [...path, 'default'],
        `default ${fallback} is not one of the options (${ids.filter((x) => typeof x === 'string').join(', ')})`,
      );
    options.forEach((option, k) =>
      checkEffects(ctx, field(option, 'effects'), [...path, 'options', k, 'effects'], 'dilemma'),
    );
  });
}
