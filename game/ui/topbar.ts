// The top bar: quarter, the active provider's cash, revenue, margin, both IaaS shares (volume
// and revenue), which of the two the map draws, and objective progress; Save/Load/Export;
// Help; the language switch (present on every screen).

import { isFinished, score, volumeShareOf } from '../engine/index.ts';
import { formatMoney, formatPercent, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { activeHuman, gameState, providerName, upcomingQuarter } from './game-view.ts';
import { openHelp } from './help-dialog.tsx';
import { financeStats } from './finance-stats.ts';
import { exportCsv, loadReplay, saveReplay } from './save-actions.ts';
import { term } from './term.ts';

/** Switches the map between volume share and revenue share. */
export function toggleMapShare(ctx: UiContext): void {
  const v = ctx.view.getState();
  v.setMapShare(v.mapShare === 'volume' ? 'revenue' : 'volume');
}

/** Two buttons, one pressed: which share the map's segment slices show. */
function mapShareSwitch(ctx: UiContext, loc: Locale): HTMLElement {
  const current = ctx.view.getState().mapShare;
  const option = (measure: 'volume' | 'revenue', label: string): HTMLElement =>
    h(
      'button',
      {
        id: `btn-map-${measure}`,
        type: 'button',
        class: 'seg-btn',
        'aria-pressed': current === measure ? 'true' : 'false',
        onclick: () => ctx.view.getState().setMapShare(measure),
      },
      label,
    );
  // A term and its definition like every other stat: a <dl> may hold nothing else (axe).
  return h(
    'div',
    { class: 'stat stat-map' },
    h('dt', { id: 'st-map', class: 'map-label' }, t('top.mapShows', loc)),
    h(
      'dd',
      {},
      h(
        'span',
        { class: 'seg-group', role: 'group', 'aria-labelledby': 'st-map' },
        option('volume', t('top.mapVolume', loc)),
        option('revenue', t('top.mapRevenue', loc)),
      ),
    ),
  );
}

export function toggleLocale(ctx: UiContext): void {
  const s = ctx.session.getState();
  s.setLocale(s.locale === 'en' ? 'zh' : 'en');
}

function stat(label: HTMLElement | string, value: string, id: string): HTMLElement {
  return h(
    'div',
    { class: 'stat' },
    h('dt', { id }, label),
    h('dd', { 'aria-labelledby': id }, value),
  );
}

export function renderTopbar(root: HTMLElement, ctx: UiContext): void {
  const loc: Locale = ctx.session.getState().locale;
  const screen = ctx.session.getState().screen;
  const g = gameState(ctx);
  const showGame = g !== null && screen !== 'start' && screen !== 'cover';
  let stats: HTMLElement | null = null;
  if (g && showGame) {
    const me = activeHuman(ctx, g);
    const p = g.scenario.providers.findIndex((s) => s.id === me);
    const ps = g.game.providers[p]!;
    const margin = ps.last.revenue > 0 ? ps.last.ebita / ps.last.revenue : 0;
    const result = score(g.scenario, g.game, me);
    stats = h(
      'dl',
      { class: 'stats', 'aria-label': t('top.stats', loc) },
      stat(
        t('top.quarter', loc),
        isFinished(g.scenario, g.game) ? (g.reports.at(-1)?.quarter ?? '') : upcomingQuarter(g),
        'st-q',
      ),
      h(
        'div',
        { class: 'stat stat-who' },
        h('dt', { class: 'sr-only' }, t('report.provider', loc)),
        h(
          'dd',
          {},
          h('span', { class: 'swatch', style: `background:${g.scenario.providers[p]!.colour}` }),
          t('top.playing', loc, { name: providerName(g.scenario, me, loc) }),
        ),
      ),
      stat(t('top.cash', loc), formatMoney(ps.cash, loc), 'st-cash'),
      financeStats(g.scenario, g.game, p, loc),
      stat(t('top.revenue', loc), formatMoney(ps.last.revenue, loc), 'st-rev'),
      stat(term('ebita', loc, t('top.margin', loc)), formatPercent(margin, loc), 'st-margin'),
      stat(
        term('volumeShare', loc, t('top.volumeShare', loc)),
        formatPercent(volumeShareOf(g.scenario, g.game, p), loc),
        'st-vshare',
      ),
      stat(
        term('revenueShare', loc, t('top.revenueShare', loc)),
        formatPercent(ps.last.iaasShare, loc),
        'st-share',
      ),
      mapShareSwitch(ctx, loc),
      h(
        'div',
        { class: 'stat stat-score' },
        h('dt', { id: 'st-obj' }, t('top.objectives', loc)),
        h(
          'dd',
          {},
          h('progress', {
            max: 100,
            value: Math.round(result.score),
            'aria-labelledby': 'st-obj',
          }),
          ' ',
          t('top.score', loc, { value: Math.round(result.score) }),
        ),
      ),
    );
  }
  replaceChildren(
    root,
    h('h1', { class: 'brand' }, t('app.title', loc)),
    stats ?? h('p', { class: 'tagline' }, t('app.subtitle', loc)),
    h(
      'nav',
      { class: 'top-actions', 'aria-label': t('top.actions', loc) },
      h(
        'button',
        {
          id: 'btn-save',
          type: 'button',
          disabled: !showGame,
          onclick: () => void saveReplay(ctx),
        },
        t('top.save', loc),
      ),
      h(
        'button',
        { id: 'btn-load', type: 'button', onclick: () => void loadReplay(ctx) },
        t('top.load', loc),
      ),
      h(
        'button',
        { id: 'btn-csv', type: 'button', disabled: !showGame, onclick: () => void exportCsv(ctx) },
        t('top.exportCsv', loc),
      ),
      h(
        'button',
        { id: 'btn-help', type: 'button', onclick: () => openHelp() },
        t('top.help', loc),
      ),
      h(
        'button',
        {
          id: 'btn-lang',
          type: 'button',
          class: 'lang',
          lang: loc === 'en' ? 'zh-CN' : 'en',
          onclick: () => toggleLocale(ctx),
        },
        t('lang.switchTo', loc),
      ),
    ),
  );
}
