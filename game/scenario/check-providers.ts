// Cross-reference checks of providers and their policies: what a provider sells must match
// its prices, its IaaS status and its scripted moves, which the engine would otherwise
// reject mid-game (a scripted cut beyond the line's bounds) or read as undefined.
import {
  type CheckContext,
  checkInSpan,
  checkOrdered,
  checkUnique,
  report,
} from './check-context.ts';
import { LINE_IDS, quarterIndex } from './fields.ts';
import { type Path, asList, asNumber, asRecord, asString, field } from './loose.ts';

function checkSales(ctx: CheckContext, entry: unknown, path: Path, id: string): void {
  const lines = field(entry, 'lines');
  checkUnique(ctx, lines, [...path, 'lines'], 'line');
  const sold = new Set(asList(lines));
  const iaas = field(entry, 'iaas');
  if (iaas === false && (sold.has('C') || sold.has('S'))) {
    report(
      ctx,
      [...path, 'lines'],
      `provider ${id} has iaas: false (token-only), so it cannot sell C or S`,
    );
  }
  if (iaas === true && (!sold.has('C') || !sold.has('S'))) {
    report(
      ctx,
      [...path, 'lines'],
      `provider ${id} counts in the IaaS share (iaas: true), so it must sell both C and S`,
    );
  }
  const price0 = asRecord(field(entry, 'price0'));
  if (!price0) return;
  for (const line of LINE_IDS) {
    if (sold.has(line) && field(price0, line) === undefined) {
      report(ctx, [...path, 'price0'], `provider ${id} sells ${line} but has no price0.${line}`);
    }
  }
}

function checkScript(ctx: CheckContext, entry: unknown, path: Path, id: string): void {
  const script = field(field(entry, 'policy'), 'script');
  const scriptPath = [...path, 'policy', 'script'];
  checkOrdered(ctx, script, scriptPath, 'script moves');
  const sold = new Set(asList(field(entry, 'lines')));
  asList(script).forEach((move, j) => {
    const movePath = [...scriptPath, j];
    checkInSpan(ctx, [...movePath, 'quarter'], field(move, 'quarter'), 'a script move');
    const price = asRecord(field(move, 'price'));
    for (const line of LINE_IDS) {
      const change = asNumber(price ? field(price, line) : undefined);
      if (change === undefined) continue;
      if (!sold.has(line)) {
        report(ctx, [...movePath, 'price', line], `provider ${id} does not sell ${line}`);
        continue;
      }
      const spec = field(ctx.raw['lines'], line);
      const maxCut = asNumber(field(spec, 'maxCut'));
      const maxRise = asNumber(field(spec, 'maxRise'));
      if (maxCut !== undefined && change < maxCut) {
        report(
          ctx,
          [...movePath, 'price', line],
          `a cut of ${change} is beyond lines.${line}.maxCut (${maxCut})`,
        );
      }
      if (maxRise !== undefined && change > maxRise) {
        report(
          ctx,
          [...movePath, 'price', line],
          `a rise of ${change} is beyond lines.${line}.maxRise (${maxRise})`,
        );
      }
    }
    if (field(move, 'tokenPrice') !== undefined && !sold.has('T')) {
      report(ctx, [...movePath, 'tokenPrice'], `provider ${id} does not sell T`);
    }
    checkTokenOpen(ctx, move, movePath);
  });
}

/** No token price can be set before the token market opens: the engine would refuse it. */
function checkTokenOpen(ctx: CheckContext, move: unknown, movePath: Path): void {
  const open = field(ctx.raw['market'], 'tokenOpen');
  const openAt = quarterIndex(open);
  const at = quarterIndex(field(move, 'quarter'));
  if (openAt === undefined || at === undefined || at >= openAt) return;
  const touches: Path[] = [];
  if (field(field(move, 'price'), 'T') !== undefined) touches.push([...movePath, 'price', 'T']);
  if (field(move, 'tokenPrice') !== undefined) touches.push([...movePath, 'tokenPrice']);
  for (const path of touches) {
    report(
      ctx,
      path,
      `the token market opens in ${String(open)} (market.tokenOpen), after this move`,
    );
  }
}

function checkPolicy(ctx: CheckContext, entry: unknown, path: Path, id: string): void {
  const policy = field(entry, 'policy');
  const tokenPath = field(policy, 'tokenPath');
  checkOrdered(ctx, tokenPath, [...path, 'policy', 'tokenPath'], 'tokenPath points');
  if (field(policy, 'kind') === 'open-weights') {
    if (asList(tokenPath).length === 0) {
      report(
        ctx,
        [...path, 'policy', 'kind'],
        `open-weights provider ${id} needs a policy.tokenPath`,
      );
    }
    if (!asList(field(entry, 'lines')).includes('T')) {
      report(ctx, [...path, 'policy', 'kind'], `open-weights provider ${id} must sell T`);
    }
  }
}

export function checkProviders(ctx: CheckContext): void {
  asList(ctx.raw['providers']).forEach((entry, i) => {
    const id = asString(field(entry, 'id')) ?? `#${i + 1}`;
    const path: Path = ['providers', i];
    checkSales(ctx, entry, path, id);
    checkPolicy(ctx, entry, path, id);
    checkScript(ctx, entry, path, id);
  });
  const human = asString(ctx.raw['defaultHuman']);
  if (human !== undefined && !ctx.providers.has(human)) {
    report(
      ctx,
      ['defaultHuman'],
      `defaultHuman ${human} is not in providers (${[...ctx.providers.keys()].join(', ')})`,
    );
  }
  const providers = asList(ctx.raw['providers']);
  if (providers.length > 0 && !providers.some((p) => field(p, 'iaas') === true)) {
    report(
      ctx,
      ['providers'],
      'at least one provider must have iaas: true (someone must sell IaaS)',
    );
  }
}
