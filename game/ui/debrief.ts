// The debrief (overlay, screen "debrief"): score against the objectives, the run against
// history, a counterfactual "hold prices from quarter X" branch, Bertrand-logit benchmarks,
// lessons, and the exports (CSV, replay, print).

import { benchmarks, score } from '../engine/index.ts';
import type { QuarterReport } from '../engine/index.ts';
import { formatNumber, formatPercent, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { GameStoreState } from '../store/index.ts';
import { ChartBag, lineChart, moneyTick } from './charts.ts';
import type { UiContext } from './context.ts';
import { actualPath, runCounterfactual } from '../session/counterfactual.ts';
import { debtParagraph } from './debrief-debt.ts';
import { decisionLog, identityHeader } from './debrief-evidence.ts';
import { debtSummary } from './debt-summary.ts';
import type { Counterfactual } from '../session/counterfactual.ts';
import { h, replaceChildren } from './dom.ts';
import { activeHuman, gameState, providerName, segmentName } from './game-view.ts';
import { historyRun } from '../session/history-run.ts';
import { formatObjective } from './objectives.ts';
import { exportCsv, saveReplay } from './save-actions.ts';
import { term } from './term.ts';

const bag = new ChartBag();
/** Debt lines in the finance chart: salmon, a colour no shipped scenario gives a provider. */
const DEBT = '#FF8A7A';
let historyCache: { key: unknown; reports: QuarterReport[] } | null = null;
let cf: { key: unknown; from: number; result: Counterfactual | null } = {
  key: null,
  from: 0,
  result: null,
};

export const LESSONS = [
  'elasticity',
  'switching',
  'capacity',
  'ecosystem',
  'trust',
  'credits',
] as const;

function scoreSection(g: GameStoreState, me: string, loc: Locale): HTMLElement {
  const result = score(g.scenario, g.game, me);
  return h(
    'section',
    { 'aria-labelledby': 'db-score' },
    h(
      'h3',
      { id: 'db-score' },
      t('debrief.score', loc, {
        name: providerName(g.scenario, me, loc),
        value: Math.round(result.score),
      }),
    ),
    h(
      'table',
      { class: 'objectives' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.objective', loc)),
          h('th', { scope: 'col' }, t('debrief.value', loc)),
          h('th', { scope: 'col' }, t('debrief.target', loc)),
          h('th', { scope: 'col' }, ''),
        ),
      ),
      h(
        'tbody',
        {},
        result.objectives.map((o, i) => {
          const spec = g.scenario.objectives[i]!;
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, tx(spec.title, loc)),
            h('td', { class: 'num' }, formatObjective(spec, o.value, loc)),
            h('td', { class: 'num' }, formatObjective(spec, o.target, loc)),
            h(
              'td',
              {},
              h('progress', {
                max: 1,
                value: Math.max(0, o.progress),
                'aria-label': tx(spec.title, loc),
              }),
              ' ',
              o.met ? t('debrief.met', loc) : t('debrief.notMet', loc),
            ),
          );
        }),
      ),
    ),
  );
}

export function renderDebrief(root: HTMLElement, ctx: UiContext, redraw: () => void): void {
  bag.destroyAll();
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  if (!g) return replaceChildren(root);
  const me = activeHuman(ctx, g);
  const gen = ctx.session.getState().generation;
  const colour = g.scenario.providers.find((p) => p.id === me)?.colour ?? '#ffffff';

  // History-mode run, once per game.
  if (!historyCache || historyCache.key !== gen)
    historyCache = { key: gen, reports: historyRun(g.scenario, g.seed) };
  const hist = actualPath(historyCache.reports, me);
  const mine = actualPath(g.reports, me);
  const labels = mine.map((p) => p.quarter);
  const debt = debtSummary(g.reports, historyCache.reports, me);

  const cfKey = `${gen}|${me}`;
  if (cf.key !== cfKey) cf = { key: cfKey, from: 0, result: null };
  const runCf = (): void => {
    cf.result = runCounterfactual({
      scenario: g.scenario,
      seed: g.seed,
      humans: g.humans,
      log: g.log,
      history: g.history,
      reports: g.reports,
      provider: me,
      from: cf.from,
    });
    redraw();
  };

  const bench = benchmarks(g.scenario, g.game);
  // Compute and storage prices are an index of the origin list price; tokens are CNY per M tokens.
  const priceText = (value: number, line: string): string =>
    t(line === 'T' ? 'debrief.priceToken' : 'debrief.priceIndex', loc, {
      value: formatNumber(value, loc, 2),
    });
  const name = providerName(g.scenario, me, loc);

  replaceChildren(
    root,
    h(
      'article',
      { class: 'screen debrief', 'aria-labelledby': 'debrief-title' },
      h(
        'header',
        { class: 'screen-head' },
        h('h2', { id: 'debrief-title' }, t('debrief.heading', loc)),
        h(
          'div',
          { class: 'actions no-print' },
          g.humans.length > 1
            ? h(
                'select',
                {
                  id: 'db-who',
                  'aria-label': t('report.provider', loc),
                  onchange: (e: Event) =>
                    ctx.session.getState().setActiveHuman((e.target as HTMLSelectElement).value),
                },
                g.humans.map((id) =>
                  h(
                    'option',
                    { value: id, selected: id === me },
                    providerName(g.scenario, id, loc),
                  ),
                ),
              )
            : null,
          h(
            'button',
            { id: 'btn-db-csv', type: 'button', onclick: () => void exportCsv(ctx) },
            t('debrief.export', loc),
          ),
          h(
            'button',
            { id: 'btn-db-save', type: 'button', onclick: () => void saveReplay(ctx) },
            t('debrief.saveReplay', loc),
          ),
          h(
            'button',
            { id: 'btn-print', type: 'button', onclick: () => ctx.host.print() },
            t('debrief.print', loc),
          ),
          h(
            'button',
            {
              id: 'btn-new',
              type: 'button',
              class: 'primary',
              onclick: () => ctx.session.getState().setScreen('start'),
            },
            t('debrief.newGame', loc),
          ),
        ),
      ),
      identityHeader(
        g,
        t('punct.aside', loc, {
          text: t('top.score', loc, { value: Math.round(score(g.scenario, g.game, me).score) }),
          note: name,
        }),
        new Date(),
        loc,
      ),
      scoreSection(g, me, loc),
      h(
        'section',
        { 'aria-labelledby': 'db-hist' },
        h('h3', { id: 'db-hist' }, t('debrief.vsHistory', loc)),
        h('p', { class: 'hint' }, t('debrief.vsHistoryNote', loc)),
        debtParagraph(g.scenario, me, debt, loc),
        h(
          'div',
          { class: 'chart-grid two' },
          lineChart(
            bag,
            t('punct.pair', loc, { label: name, value: t('debrief.cfVolumeShare', loc) }),
            labels,
            [
              {
                label: t('debrief.yourRun', loc),
                colour,
                values: mine.map((p) => p.volumeShare * 100),
                bold: true,
              },
              {
                label: t('debrief.historyRun', loc),
                colour: '#c9d1e0',
                values: hist.map((p) => p.volumeShare * 100),
                dashed: true,
              },
            ],
            (v) => formatPercent(v / 100, loc, 1),
          ),
          lineChart(
            bag,
            t('punct.pair', loc, { label: name, value: t('debrief.cfShare', loc) }),
            labels,
            [
              {
                label: t('debrief.yourRun', loc),
                colour,
                values: mine.map((p) => p.iaasShare * 100),
                bold: true,
              },
              {
                label: t('debrief.historyRun', loc),
                colour: '#c9d1e0',
                values: hist.map((p) => p.iaasShare * 100),
                dashed: true,
              },
            ],
            (v) => formatPercent(v / 100, loc, 1),
          ),
          lineChart(
            bag,
            t('punct.pair', loc, { label: name, value: t('finance.chartTitle', loc) }),
            labels,
            [
              {
                label: t('debrief.yourRun', loc),
                colour,
                values: mine.map((p) => p.cumEbita),
                bold: true,
              },
              {
                label: t('debrief.historyRun', loc),
                colour: '#c9d1e0',
                values: hist.map((p) => p.cumEbita),
                dashed: true,
              },
              { label: t('finance.yourDebt', loc), colour: DEBT, values: debt.path, bold: true },
              {
                label: t('finance.historyDebt', loc),
                colour: DEBT,
                values: debt.historyPath,
                dashed: true,
              },
            ],
            (v) => moneyTick(v, loc, 1),
          ),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'db-cf' },
        h('h3', { id: 'db-cf' }, t('debrief.counterfactual', loc)),
        h('p', { class: 'hint' }, t('debrief.cfNote', loc)),
        h(
          'div',
          { class: 'field inline no-print' },
          h('label', { for: 'cf-from' }, t('debrief.cfFrom', loc)),
          h(
            'select',
            {
              id: 'cf-from',
              onchange: (e: Event) => (cf.from = Number((e.target as HTMLSelectElement).value)),
            },
            g.log.map((entry, i) =>
              h('option', { value: i, selected: i === cf.from }, entry.quarter),
            ),
          ),
          h('button', { id: 'btn-cf', type: 'button', onclick: runCf }, t('debrief.cfRun', loc)),
        ),
        cf.result
          ? h(
              'div',
              {},
              cf.result.adjusted > 0
                ? h(
                    'p',
                    { class: 'hint' },
                    t('debrief.cfAdjusted', loc, { count: cf.result.adjusted }),
                  )
                : null,
              h(
                'div',
                { class: 'chart-grid two' },
                lineChart(
                  bag,
                  t('debrief.cfShare', loc),
                  labels,
                  [
                    {
                      label: t('debrief.yourRun', loc),
                      colour,
                      values: cf.result.actual.map((p) => p.iaasShare * 100),
                      bold: true,
                    },
                    {
                      label: t('punct.aside', loc, {
                        text: t('debrief.cfBranch', loc),
                        note: g.log[cf.from]?.quarter ?? '',
                      }),
                      colour: '#56B4E9',
                      values: cf.result.branch.map((p) => p.iaasShare * 100),
                      dashed: true,
                    },
                  ],
                  (v) => formatPercent(v / 100, loc, 1),
                ),
                lineChart(
                  bag,
                  t('debrief.cfEbita', loc),
                  labels,
                  [
                    {
                      label: t('debrief.yourRun', loc),
                      colour,
                      values: cf.result.actual.map((p) => p.cumEbita),
                      bold: true,
                    },
                    {
                      label: t('punct.aside', loc, {
                        text: t('debrief.cfBranch', loc),
                        note: g.log[cf.from]?.quarter ?? '',
                      }),
                      colour: '#56B4E9',
                      values: cf.result.branch.map((p) => p.cumEbita),
                      dashed: true,
                    },
                  ],
                  (v) => moneyTick(v, loc, 1),
                ),
              ),
            )
          : null,
      ),
      h(
        'section',
        { 'aria-labelledby': 'db-bench' },
        h('h3', { id: 'db-bench' }, t('debrief.benchmarks', loc)),
        h('p', { class: 'hint' }, t('debrief.benchNote', loc, { origin: g.scenario.origin })),
        h('p', { class: 'hint' }, t('debrief.lernerNote', loc)),
        h(
          'table',
          { class: 'bench' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('debrief.market', loc)),
              h('th', { scope: 'col' }, term('equilibrium', loc, t('debrief.eqPrice', loc))),
              h('th', { scope: 'col' }, t('debrief.curPrice', loc)),
              h('th', { scope: 'col' }, term('lerner', loc, t('debrief.eqLerner', loc))),
              h('th', { scope: 'col' }, t('debrief.curLerner', loc)),
            ),
          ),
          h(
            'tbody',
            {},
            bench.flatMap((m) => {
              const s = m.sellers.find((x) => x.id === me);
              if (!s) return [];
              return [
                h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row' },
                    `${segmentName(g.scenario, m.segment, loc)} · ${t(`line.${m.line}`, loc)}`,
                  ),
                  h(
                    'td',
                    { class: 'num' },
                    priceText(s.price, m.line),
                    m.capped
                      ? t('punct.aside', loc, { text: '', note: t('debrief.capped', loc) })
                      : '',
                  ),
                  h('td', { class: 'num' }, priceText(s.currentPrice, m.line)),
                  h('td', { class: 'num' }, formatPercent(s.lerner, loc, 0)),
                  h('td', { class: 'num' }, formatPercent(s.currentLerner, loc, 0)),
                ),
              ];
            }),
          ),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'db-lessons' },
        h('h3', { id: 'db-lessons' }, t('debrief.lessons', loc)),
        h(
          'ul',
          { class: 'lessons' },
          LESSONS.map((k) => h('li', {}, t(`lesson.${k}`, loc))),
        ),
      ),
      decisionLog(g, loc),
    ),
  );
}
