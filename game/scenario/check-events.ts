// Cross-reference checks of dated events and random cards: the providers and segments their
// effects name must exist; 'random' (a provider drawn by the seed) makes sense only on a
// random card, because a dated event is the same in every game, and 'self' only in a dilemma
// option, where it is the provider that chose it.
import { type CheckContext, checkInSpan, checkUnique, report } from './check-context.ts';
import { type Path, asList, field } from './loose.ts';

type Where = 'event' | 'card' | 'dilemma';

function checkProvider(ctx: CheckContext, value: unknown, path: Path, where: Where): void {
  if (typeof value !== 'string') return;
  if (value === 'random') {
    if (where !== 'card') {
      report(ctx, path, "'random' picks a provider only on random cards; name one here");
    }
  } else if (value === 'self') {
    if (where !== 'dilemma') {
      report(ctx, path, "'self' means the chooser only in a dilemma option; name a provider here");
    }
  } else if (!ctx.providers.has(value)) {
    report(ctx, path, `effect names provider ${value}, which is not in providers`);
  }
}

function checkSegment(ctx: CheckContext, value: unknown, path: Path): void {
  if (typeof value === 'string' && !ctx.segments.has(value)) {
    report(ctx, path, `effect names segment ${value}, which is not in segments`);
  }
}

export function checkEffects(ctx: CheckContext, effects: unknown, path: Path, where: Where): void {
  asList(effects).forEach((effect, k) => {
    const at: Path = [...path, k];
    checkProvider(ctx, field(effect, 'provider'), [...at, 'provider'], where);
    const to = field(effect, 'to');
    checkProvider(ctx, to, [...at, 'to'], where);
    if (typeof to === 'string' && to !== 'random' && to === field(effect, 'provider')) {
      report(ctx, [...at, 'to'], `an anchor customer cannot leave ${to} for ${to}`);
    }
    checkSegment(ctx, field(effect, 'segment'), [...at, 'segment']);
    const providers = field(effect, 'providers');
    asList(providers).forEach((p, n) => checkProvider(ctx, p, [...at, 'providers', n], where));
    checkUnique(ctx, providers, [...at, 'providers'], 'provider');
    const segments = field(effect, 'segments');
    asList(segments).forEach((s, n) => checkSegment(ctx, s, [...at, 'segments', n]));
    checkUnique(ctx, segments, [...at, 'segments'], 'segment');
    checkUnique(ctx, field(effect, 'lines'), [...at, 'lines'], 'line');
  });
}

export function checkEvents(ctx: CheckContext): void {
  const seen = new Map<string, string>();
  const checkId = (entry: unknown, path: Path, where: string) => {
    const id = field(entry, 'id');
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined)
      report(ctx, [...path, 'id'], `event id ${id} is used twice (also ${first})`);
    else seen.set(id, where);
  };
  asList(ctx.raw['events']).forEach((event, i) => {
    const path: Path = ['events', i];
    checkId(event, path, `events[${i}]`);
    checkInSpan(ctx, [...path, 'quarter'], field(event, 'quarter'), 'an event');
    checkEffects(ctx, field(event, 'effects'), [...path, 'effects'], 'event');
  });
  const deck = ctx.raw['randomEvents'];
  const cards = field(deck, 'cards');
  asList(cards).forEach((card, i) => {
    const path: Path = ['randomEvents', 'cards', i];
    checkId(card, path, `randomEvents.cards[${i}]`);
    checkEffects(ctx, field(card, 'effects'), [...path, 'effects'], 'card');
  });
  if (field(deck, 'enabled') === true && asList(cards).length === 0) {
    report(ctx, ['randomEvents', 'enabled'], 'the random deck is enabled but has no cards');
  }
}
