// Validated file -> the engine's plain `Scenario`: cited numbers become plain numbers (their
// sources go to the citation log), maps written for authors (growth by year, shares by
// provider) become the engine's shapes in a declared order, and defaults that depend on
// the rest of the file (paasGrowthFrom, unsold lines' prices) are filled in. The return
// type is the compile-time check that the file format covers everything the engine needs.
import type {
  EffectSpec,
  LineId,
  LineSpec,
  MarketSpec,
  DilemmaDecisionEffect,
  DilemmaSpec,
  ObjectiveSpec,
  PathPoint,
  PolicySpec,
  ProviderSpec,
  ScriptMove,
  Scenario,
  SegmentSpec,
  Text,
} from '../engine/index.ts';
import { type Citation, CitationLog } from './citations.ts';
import { POLICY_DEFAULTS, PROVIDER_DEFAULTS, RESIDUAL_DEFAULTS } from './defaults.ts';
import { type CitedNumber, LINE_IDS } from './fields.ts';
import type { ScenarioFile } from './schema.ts';

type FileSegment = ScenarioFile['segments'][number];
type FileProvider = ScenarioFile['providers'][number];
type FileEffect = ScenarioFile['events'][number]['effects'][number];
type FileMove = FileProvider['policy']['script'][number];
type FilePoint = ScenarioFile['market']['tokenSpend'][number];

const text = (t: Text): Text => ({ en: t.en, zh: t.zh });

class Normaliser {
  readonly log = new CitationLog();

  /** The plain numbers of `keys` in `obj`, each cited under `source`. */
  numbers<K extends string>(
    obj: Record<K, CitedNumber>,
    keys: readonly K[],
    path: string,
    source?: string,
  ): Record<K, number> {
    const out = {} as Record<K, number>;
    for (const key of keys) out[key] = this.log.number(obj[key], `${path}.${key}`, source);
    return out;
  }

  /** Optional numbers: a written one is cited under `source`, a default is not. */
  numbersOr<K extends string>(
    obj: { [P in NoInfer<K>]?: CitedNumber | undefined },
    defaults: Readonly<Record<K, number>>,
    path: string,
    source: string,
  ): Record<K, number> {
    const out = {} as Record<K, number>;
    for (const key of Object.keys(defaults) as K[]) {
      const given = obj[key];
      out[key] =
        given === undefined ? defaults[key] : this.log.number(given, `${path}.${key}`, source);
    }
    return out;
  }

  points(points: FilePoint[], path: string, source?: string): PathPoint[] {
    return points.map((p, i) => ({
      quarter: p.quarter,
      value: this.log.number(p.value, `${path}[${i}].value`, source),
    }));
  }

  line(l: ScenarioFile['lines']['C'], path: string): LineSpec {
    const keys = [
      ...['refStart', 'refDeclinePerYear', 'unitCost0', 'learning', 'spendSplit'],
      ...['chiMult', 'switchingMult', 'betaMult', 'qualityMult', 'maxCut', 'maxRise', 'floor'],
    ] as const;
    return {
      ...this.numbers(l, keys, path, l.source),
      refPoints: this.points(l.refPoints, `${path}.refPoints`, l.source),
    };
  }

  market(m: ScenarioFile['market']): MarketSpec {
    const src = m.source;
    const keys = [
      ...['size0', 'maxUtilisation', 'gpuUnitCost', 'gpuCostTrendPerYear', 'cpuUnitCost'],
      ...['gpuOpsCost', 'cpuOpsCost', 'gpuServiceRate', 'gpuDecay', 'cpuDecay', 'gpuLead'],
      ...[
        'cpuLead',
        'taxRate',
        'projectMargin',
        'otherMargin',
        'dsoProjects',
        'dsoPublic',
        'minCash',
      ],
      ...['debtCapMultiple', 'creditExpiry', 'creditBurn', 'networkRef', 'openWeightsHosting'],
    ] as const;
    const stockKeys = [
      ...['qualityGain', 'rndRef', 'trainingNeed0', 'trainingNeedGrowth', 'ecoDecay', 'ecoGain'],
      ...['ecoRef', 'creditGain', 'creditRef', 'networkGain', 'openSourceGain', 'trustGain'],
      ...['securityRef', 'trustDecay', 'integrationMin', 'integrationMax'],
    ] as const;
    return {
      ...this.numbers(m, keys, 'market', src),
      tokenOpen: m.tokenOpen,
      tokenSpend: this.points(m.tokenSpend, 'market.tokenSpend', src),
      residualFreeze: m.residualFreeze,
      stocks: this.numbers(m.stocks, stockKeys, 'market.stocks', src),
      frontier: {
        start: m.frontier.start,
        ...this.numbers(m.frontier, ['value', 'perQuarter'], 'market.frontier', src),
      },
      openFloor: this.points(m.openFloor, 'market.openFloor', src),
    };
  }

  segment(s: FileSegment, path: string, iaasIds: string[]): SegmentSpec {
    const src = s.source;
    const thetaKeys = [
      ...['trust', 'qualityC', 'qualityT', 'ecosystem', 'integration', 'network', 'stockout'],
    ] as const;
    const growth = Object.entries(s.growth)
      .map(([year, rate]) => ({ year: Number(year), rate }))
      .sort((a, b) => a.year - b.year)
      .map((g, i) => ({
        year: g.year,
        rate: this.log.number(g.rate, `${path}.growth[${i}].rate`, src),
      }));
    // One entry per IaaS provider in declared order, so the engine never meets a missing
    // key or an iteration order that the file did not fix.
    const shares0: Record<string, number> = {};
    for (const id of iaasIds) {
      const given = s.shares0[id];
      shares0[id] = given === undefined ? 0 : this.log.number(given, `${path}.shares0.${id}`, src);
    }
    return {
      id: s.id,
      name: text(s.name),
      ...this.numbers(s, ['weight0', 'beta', 'churn', 'switchingCost', 'contestable'], path, src),
      growth,
      elasticity: this.numbers(s.elasticity, LINE_IDS, `${path}.elasticity`, src),
      theta: this.numbers(s.theta, thetaKeys, `${path}.theta`, src),
      ...this.numbers(s, ['spill', 'driftExposure', 'tokenWeight'], path, src),
      gpuIntensity: this.numbers(
        s.gpuIntensity,
        ['start', 'end', 'quarters'],
        `${path}.gpuIntensity`,
        src,
      ),
      shares0,
    };
  }

  move(m: FileMove, path: string): ScriptMove {
    const src = m.source;
    const out: ScriptMove = { quarter: m.quarter, reason: text(m.reason) };
    if (m.price) {
      const price: Partial<Record<LineId, number>> = {};
      for (const line of LINE_IDS) {
        const change = m.price[line];
        if (change !== undefined)
          price[line] = this.log.number(change, `${path}.price.${line}`, src);
      }
      out.price = price;
    }
    for (const key of [
      'tokenPrice',
      'gpuCapex',
      'dcCapex',
      'rnd',
      'ecosystem',
      'projectExit',
      'security',
    ] as const) {
      const value = m[key];
      if (value !== undefined) out[key] = this.log.number(value, `${path}.${key}`, src);
    }
    if (m.creditDeal) {
      out.creditDeal = this.numbers(
        m.creditDeal,
        ['amount', 'creditFraction'],
        `${path}.creditDeal`,
        src,
      );
    }
    return out;
  }

  policy(p: FileProvider['policy'], path: string, src: string): PolicySpec {
    return {
      kind: p.kind,
      reaction: p.reaction,
      ...this.numbersOr(p, POLICY_DEFAULTS, path, src),
      script: p.script.map((m, i) => this.move(m, `${path}.script[${i}]`)),
      tokenPath: this.points(p.tokenPath, `${path}.tokenPath`, src),
    };
  }

  provider(p: FileProvider, path: string, file: ScenarioFile): ProviderSpec {
    const src = p.source;
    const price0 = {} as Record<LineId, number>;
    for (const line of LINE_IDS) {
      const given = p.price0[line];
      // A line the provider does not sell still needs a price in the engine's arrays; the
      // line's reference price is the neutral choice.
      const ref = file.lines[line].refStart;
      price0[line] =
        given === undefined
          ? typeof ref === 'number'
            ? ref
            : ref.value
          : this.log.number(given, `${path}.price0.${line}`, src);
    }
    const keys = [
      ...['quality0', 'ecosystem0', 'trust0', 'trustFloor', 'projectRevenue0', 'otherRevenue0'],
      ...['gpu0', 'cpu0', 'gpuOrderCap', 'tokenThroughput0', 'fixedCost0', 'cash0', 'debt0'],
      ...['interestRate'],
    ] as const;
    return {
      id: p.id,
      name: text(p.name),
      colour: p.colour,
      iaas: p.iaas,
      lines: LINE_IDS.filter((line) => p.lines.includes(line)),
      policy: this.policy(p.policy, `${path}.policy`, src),
      gpuSupply: p.gpuSupply,
      price0,
      ...this.numbers(p, keys, path, src),
      ...this.numbersOr(p, PROVIDER_DEFAULTS, path, src),
      paasGrowthFrom: p.paasGrowthFrom ?? file.origin,
      residual: this.numbersOr(p.residual ?? {}, RESIDUAL_DEFAULTS, `${path}.residual`, src),
    };
  }

  effect(e: FileEffect, path: string, src: string): EffectSpec {
    const n = (x: CitedNumber, key: string) => this.log.number(x, `${path}.${key}`, src);
    switch (e.kind) {
      case 'trust':
        return { kind: e.kind, provider: e.provider, delta: n(e.delta, 'delta') };
      case 'growth':
        return {
          kind: e.kind,
          segments: [...e.segments],
          multiplier: n(e.multiplier, 'multiplier'),
          quarters: n(e.quarters, 'quarters'),
        };
      case 'demand':
        return {
          kind: e.kind,
          segments: [...e.segments],
          lines: [...e.lines],
          factor: n(e.factor, 'factor'),
          rampQuarters: n(e.rampQuarters, 'rampQuarters'),
        };
      case 'gpu-supply':
        return {
          kind: e.kind,
          supply: e.supply,
          capMultiplier: n(e.capMultiplier, 'capMultiplier'),
          costMultiplier: n(e.costMultiplier, 'costMultiplier'),
          lead: n(e.lead, 'lead'),
          quarters: n(e.quarters, 'quarters'),
        };
      case 'frontier':
        return { kind: e.kind, delta: n(e.delta, 'delta') };
      case 'throughput':
        return { kind: e.kind, multiplier: n(e.multiplier, 'multiplier') };
      case 'impairment':
        return { kind: e.kind, fraction: n(e.fraction, 'fraction') };
      case 'credit-burn':
        return {
          kind: e.kind,
          multiplier: n(e.multiplier, 'multiplier'),
          quarters: n(e.quarters, 'quarters'),
        };
      case 'utility':
        return {
          kind: e.kind,
          providers: [...e.providers],
          segments: [...e.segments],
          lines: [...e.lines],
          delta: n(e.delta, 'delta'),
          quarters: n(e.quarters, 'quarters'),
        };
      case 'trend':
        return {
          kind: e.kind,
          driver: e.driver,
          providers: [...e.providers],
          segments: [...e.segments],
          lines: [...e.lines],
          perQuarter: n(e.perQuarter, 'perQuarter'),
          quarters: n(e.quarters, 'quarters'),
        };
      case 'compliance':
        return { kind: e.kind, cost: n(e.cost, 'cost') };
      case 'reference-price':
        return { kind: e.kind, line: e.line, multiplier: n(e.multiplier, 'multiplier') };
      case 'anchor-loss':
        return {
          kind: e.kind,
          provider: e.provider,
          segment: e.segment,
          fraction: n(e.fraction, 'fraction'),
          ...(e.to === undefined ? {} : { to: e.to }),
        };
    }
  }

  dilemma(d: ScenarioFile['dilemmas'][number], path: string): DilemmaSpec {
    return {
      id: d.id,
      quarter: d.quarter,
      title: text(d.title),
      body: text(d.body),
      providers: [...d.providers],
      default: d.default,
      options: d.options.map((o, k) => {
        const at = `${path}.options[${k}]`;
        const n = (x: CitedNumber, key: string) =>
          this.log.number(x, `${at}.decision.${key}`, d.source);
        const add: DilemmaDecisionEffect = {};
        const given = o.decision;
        if (given.gpuCapex !== undefined) add.gpuCapex = n(given.gpuCapex, 'gpuCapex');
        if (given.dcCapex !== undefined) add.dcCapex = n(given.dcCapex, 'dcCapex');
        if (given.rnd !== undefined) add.rnd = n(given.rnd, 'rnd');
        if (given.ecosystem !== undefined) add.ecosystem = n(given.ecosystem, 'ecosystem');
        if (given.creditDeal !== undefined)
          add.creditDeal = {
            amount: n(given.creditDeal.amount, 'creditDeal.amount'),
            creditFraction: n(given.creditDeal.creditFraction, 'creditDeal.creditFraction'),
          };
        if (given.projectExit !== undefined) add.projectExit = n(given.projectExit, 'projectExit');
        if (given.openSource !== undefined) add.openSource = given.openSource;
        return {
          id: o.id,
          title: text(o.title),
          consequence: text(o.consequence),
          decision: add,
          effects: o.effects.map((x, j) => this.effect(x, `${at}.effects[${j}]`, d.source)),
          preferredBy: [...o.preferredBy],
        };
      }),
    };
  }

  objective(o: ScenarioFile['objectives'][number], path: string): ObjectiveSpec {
    return {
      id: o.id,
      title: text(o.title),
      metric: o.metric,
      ...(o.segment !== undefined ? { segment: o.segment } : {}),
      target: this.log.number(o.target, `${path}.target`),
      direction: o.direction,
      ...(o.baseline !== undefined
        ? { baseline: this.log.number(o.baseline, `${path}.baseline`) }
        : {}),
      weight: this.log.number(o.weight, `${path}.weight`),
    };
  }

  scenario(f: ScenarioFile): Scenario {
    const iaasIds = f.providers.filter((p) => p.iaas).map((p) => p.id);
    const deck = f.randomEvents;
    return {
      id: f.id,
      title: text(f.title),
      premise: text(f.premise),
      difficulty: f.difficulty,
      origin: f.origin,
      start: f.start,
      quarters: this.log.number(f.quarters, 'quarters'),
      defaultHuman: f.defaultHuman,
      lines: {
        C: this.line(f.lines.C, 'lines.C'),
        S: this.line(f.lines.S, 'lines.S'),
        T: this.line(f.lines.T, 'lines.T'),
      },
      market: this.market(f.market),
      segments: f.segments.map((s, i) => this.segment(s, `segments[${i}]`, iaasIds)),
      providers: f.providers.map((p, i) => this.provider(p, `providers[${i}]`, f)),
      events: f.events.map((e, i) => ({
        id: e.id,
        quarter: e.quarter,
        title: text(e.title),
        body: text(e.body),
        effects: e.effects.map((x, k) => this.effect(x, `events[${i}].effects[${k}]`, e.source)),
      })),
      randomEvents: {
        enabled: deck.enabled,
        perQuarter: this.log.number(deck.perQuarter, 'randomEvents.perQuarter'),
        cards: deck.cards.map((c, i) => {
          const path = `randomEvents.cards[${i}]`;
          return {
            id: c.id,
            title: text(c.title),
            effects: c.effects.map((x, k) => this.effect(x, `${path}.effects[${k}]`, c.source)),
            weight: this.log.number(c.weight, `${path}.weight`, c.source),
          };
        }),
      },
      dilemmas: f.dilemmas.map((d, i) => this.dilemma(d, `dilemmas[${i}]`)),
      objectives: f.objectives.map((o, i) => this.objective(o, `objectives[${i}]`)),
      sources: f.sources.map((s) => ({
        id: s.id,
        url: s.url,
        ...(s.note !== undefined ? { note: s.note } : {}),
      })),
    };
  }
}

export function normalise(file: ScenarioFile): { scenario: Scenario; citations: Citation[] } {
  const n = new Normaliser();
  const scenario = n.scenario(file);
  return { scenario, citations: n.log.citations };
}
