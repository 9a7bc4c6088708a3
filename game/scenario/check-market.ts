// Cross-reference checks of the market side: timeline, line splits, segment weights and
// initial shares. Sums are checked only when every term is a number, so one typo does not
// also produce a confusing "sums to" error.
import { type CheckContext, checkOrdered, report, sumOf } from './check-context.ts';
import { quarterIndex } from './fields.ts';
import { type Path, asList, asNumber, asRecord, asString, field } from './loose.ts';

export function checkTimeline(ctx: CheckContext): void {
  const { raw } = ctx;
  const origin = quarterIndex(raw['origin']);
  const start = quarterIndex(raw['start']);
  if (origin === undefined || start === undefined) return;
  if (start <= origin) {
    report(
      ctx,
      ['start'],
      `start ${String(raw['start'])} must be after origin ${String(raw['origin'])}`,
    );
  } else if (start - origin > 400) {
    report(ctx, ['start'], 'start must be at most 400 quarters after origin');
  }
}

const near = (x: number, target: number, tolerance: number) => Math.abs(x - target) <= tolerance;

export function checkLines(ctx: CheckContext): void {
  const lines = ctx.raw['lines'];
  const c = asNumber(field(field(lines, 'C'), 'spendSplit'));
  const s = asNumber(field(field(lines, 'S'), 'spendSplit'));
  const t = asNumber(field(field(lines, 'T'), 'spendSplit'));
  if (c !== undefined && s !== undefined && !near(c + s, 1, 1e-6)) {
    report(
      ctx,
      ['lines', 'S', 'spendSplit'],
      `lines.C.spendSplit + lines.S.spendSplit is ${+(c + s).toFixed(6)}; it must be 1`,
    );
  }
  if (t !== undefined && t !== 0) {
    report(
      ctx,
      ['lines', 'T', 'spendSplit'],
      'lines.T.spendSplit must be 0 (token spend comes from market.tokenSpend)',
    );
  }
  for (const line of ['C', 'S', 'T']) {
    const points = field(field(lines, line), 'refPoints');
    checkOrdered(ctx, points, ['lines', line, 'refPoints'], 'refPoints');
  }
  const market = ctx.raw['market'];
  checkOrdered(ctx, field(market, 'tokenSpend'), ['market', 'tokenSpend'], 'tokenSpend points');
  checkOrdered(ctx, field(market, 'openFloor'), ['market', 'openFloor'], 'openFloor points');
}

function checkShares(ctx: CheckContext, entry: unknown, path: Path, id: string): void {
  const shares = asRecord(field(entry, 'shares0'));
  if (!shares) return;
  let total = 0;
  let allNumbers = true;
  for (const [provider, value] of Object.entries(shares)) {
    const info = ctx.providers.get(provider);
    if (!info) {
      report(
        ctx,
        [...path, 'shares0', provider],
        `segment ${id} gives a share to provider ${provider}, which is not in providers`,
      );
    } else if (info.iaas === false) {
      report(
        ctx,
        [...path, 'shares0', provider],
        `segment ${id} gives a share to provider ${provider}, which has iaas: false (shares0 are IaaS shares)`,
      );
    }
    const n = asNumber(value);
    if (n === undefined) allNumbers = false;
    else total += n;
  }
  if (allNumbers && !near(total, 100, 0.5)) {
    report(
      ctx,
      [...path, 'shares0'],
      `shares of segment ${id} sum to ${+total.toFixed(4)}, not 100 (± 0.5)`,
    );
  }
}

export function checkSegments(ctx: CheckContext): void {
  const segments = ctx.raw['segments'];
  asList(segments).forEach((entry, i) => {
    const id = asString(field(entry, 'id')) ?? `#${i + 1}`;
    const path: Path = ['segments', i];
    checkShares(ctx, entry, path, id);
    const growth = asRecord(field(entry, 'growth'));
    if (growth && Object.keys(growth).length === 0) {
      report(ctx, [...path, 'growth'], `segment ${id} needs the growth rate of at least one year`);
    }
  });
  if (asList(segments).length === 0) return;
  for (const key of ['weight0', 'tokenWeight']) {
    const total = sumOf(segments, (s) => field(s, key));
    if (total !== undefined && !near(total, 1, 0.01)) {
      report(
        ctx,
        ['segments'],
        `segment ${key} values sum to ${+total.toFixed(4)}, not 1 (± 0.01)`,
      );
    }
  }
}

const SHARE_METRICS = new Set([
  'iaas-share',
  'revenue-share',
  'volume-share',
  'segment-share',
  'token-share',
  'token-volume-share',
]);

export function checkObjectives(ctx: CheckContext): void {
  const seen = new Map<string, number>();
  asList(ctx.raw['objectives']).forEach((entry, i) => {
    const path: Path = ['objectives', i];
    const id = asString(field(entry, 'id'));
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        report(
          ctx,
          [...path, 'id'],
          `objective id ${id} is used twice (also objectives[${first}])`,
        );
      } else seen.set(id, i);
    }
    const metric = field(entry, 'metric');
    const segment = field(entry, 'segment');
    if (metric === 'segment-share') {
      if (segment === undefined) {
        report(ctx, [...path, 'metric'], 'metric segment-share needs a `segment`');
      } else if (typeof segment === 'string' && !ctx.segments.has(segment)) {
        report(
          ctx,
          [...path, 'segment'],
          `objective ${id ?? ''} names segment ${segment}, which is not in segments`,
        );
      }
    } else if (segment !== undefined && typeof metric === 'string') {
      report(
        ctx,
        [...path, 'segment'],
        `segment is only used with metric segment-share, not ${metric}`,
      );
    }
    const target = asNumber(field(entry, 'target'));
    if (target === undefined || typeof metric !== 'string') return;
    if (SHARE_METRICS.has(metric) && (target < 0 || target > 1)) {
      report(ctx, [...path, 'target'], `a ${metric} target is a fraction from 0 to 1 (0.3 = 30 %)`);
    }
    if (metric === 'ebita-margin' && (target < -1 || target > 1)) {
      report(ctx, [...path, 'target'], 'an ebita-margin target is a fraction from -1 to 1');
    }
  });
}
