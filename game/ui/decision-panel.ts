// The decision panel (#decisions): this quarter's dilemmas as cards, every Decision field with
// bounds shown, the store's validation errors next to the offending control, undo / hold last
// quarter / apply the advisor's suggestion, the engine's projected effect of the draft, and
// End quarter. A quarter starts from last quarter's course held, never from the suggestion.

import {
  LINES,
  gpuCapexLimit,
  isFinished,
  openDilemmas,
  quarterIndex,
  spendingRoom,
  suggestDecision,
} from '../engine/index.ts';
import type { Decision, DecisionError, LineId } from '../engine/index.ts';
import { formatChange, formatMoney, formatPercent, formatPoints, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { dilemmaCard } from './dilemma-card.ts';
import { errorText, fieldKey } from './error-text.ts';
import { endQuarter } from './flow.ts';
import { fundingWarning } from './funding-warning.ts';
import { activeHuman, segmentName, upcomingQuarter } from './game-view.ts';
import { project } from '../session/projection.ts';
import type { Projection } from '../session/projection.ts';
import { priceSplitText } from './share-split.ts';
import { term } from './term.ts';
import type { Term } from './term.ts';

type Edit = (d: Decision) => void;

/** Cache of the engine calls that depend only on the draft (or only on the quarter). */
let projected: { draft: Decision | null; value: Projection | null } = { draft: null, value: null };
let suggested: { key: unknown; reason: { en: string; zh: string } } | null = null;

function fieldId(field: string): string {
  return `dec-${field.replace(/\./g, '-')}`;
}

function errorsFor(errors: DecisionError[], key: string): DecisionError[] {
  return errors.filter((e) => fieldKey(e.field) === key);
}

function errorList(errs: DecisionError[], key: string, loc: Locale): HTMLElement | null {
  if (errs.length === 0) return null;
  return h(
    'p',
    { class: 'field-error', id: `err-${fieldId(key)}` },
    errs.map((e) => errorText(e, loc)).join(' '),
  );
}

function described(
  key: string,
  hintId: string | null,
  errs: DecisionError[],
): Record<string, unknown> {
  const ids = [hintId, errs.length > 0 ? `err-${fieldId(key)}` : null].filter(Boolean).join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': errs.length > 0 ? 'true' : undefined,
  };
}

export function renderDecisions(root: HTMLElement, ctx: UiContext): void {
  const store = ctx.session.getState().game;
  const g = store?.getState();
  const loc = ctx.session.getState().locale;
  if (!store || !g || isFinished(g.scenario, g.game)) {
    replaceChildren(root);
    return;
  }
  const me = activeHuman(ctx, g);
  const draft = g.drafts[me];
  if (!draft) {
    replaceChildren(root);
    return;
  }
  const p = g.scenario.providers.findIndex((s) => s.id === me);
  const spec = g.scenario.providers[p]!;
  const ps = g.game.providers[p]!;
  const sealed = g.committed[me] === true;
  const errors = g.lastError && (g.lastError.provider ?? me) === me ? g.lastError.errors : [];
  const edit = (change: Edit): void => {
    const current = store.getState().drafts[me]!;
    const next = structuredClone(current);
    change(next);
    // A change event that repeats the value (e.g. on blur) must not add an undo step.
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    store.getState().setDraft(me, next);
  };
  const quarter = upcomingQuarter(g);
  const tokenOpen = quarterIndex(quarter) >= quarterIndex(g.scenario.market.tokenOpen);
  const room = spendingRoom(g.scenario, g.game, p);
  const gpuMax = gpuCapexLimit(g.scenario, g.game, p);

  // ---- prices
  const priceRows = LINES.map((line: LineId) => {
    const bounds = g.scenario.lines[line];
    const sold = spec.lines.includes(line) && (line !== 'T' || tokenOpen);
    const key = `price.${line}`;
    const id = fieldId(key);
    const errs = errorsFor(errors, key);
    const hintId = `${id}-bounds`;
    const value = draft.price[line];
    const out = h('output', { for: id, class: 'value' }, formatChange(value, loc));
    return h(
      'div',
      { class: 'field slider' },
      h('label', { for: id }, t('decision.priceOf', loc, { line: t(`line.${line}`, loc) })),
      h(
        'div',
        { class: 'slider-row' },
        h('input', {
          id,
          type: 'range',
          min: bounds.maxCut,
          max: bounds.maxRise,
          step: 0.01,
          value,
          disabled: sealed || !sold,
          'aria-valuetext': formatChange(value, loc),
          ...described(key, hintId, errs),
          oninput: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            out.textContent = formatChange(v, loc);
            (e.target as HTMLInputElement).setAttribute('aria-valuetext', formatChange(v, loc));
          },
          onchange: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            edit((d) => (d.price[line] = v));
          },
        }),
        out,
      ),
      h(
        'p',
        { class: 'hint', id: hintId },
        sold
          ? t('decision.bounds', loc, {
              min: formatChange(bounds.maxCut, loc),
              max: formatChange(bounds.maxRise, loc),
            })
          : t('decision.notSold', loc),
      ),
      errorList(errs, key, loc),
    );
  });

  // ---- money inputs
  // Typed in the unit the panel shows everywhere else: CNY B in English, 亿元 (0.1 B) in Chinese.
  const perB = loc === 'zh' ? 10 : 1;
  const money = (
    key: 'gpuCapex' | 'dcCapex' | 'rnd' | 'ecosystem' | 'security',
    max: number,
    tip: Term | null,
  ): HTMLElement => {
    const id = fieldId(key);
    const errs = errorsFor(errors, key);
    const hintId = `${id}-max`;
    const labelText = t('punct.aside', loc, {
      text: t(`decision.${key}`, loc),
      note: t('unit.moneyInput', loc),
    });
    return h(
      'div',
      { class: 'field money' },
      h('label', { for: id }, labelText),
      tip ? term(tip, loc, '?') : null,
      h('input', {
        id,
        type: 'number',
        min: 0,
        // Rounded down, so the shown maximum is never above the one validation applies.
        max: Math.floor(max * perB * 100) / 100,
        step: 0.1 * perB,
        value: +(draft[key] * perB).toFixed(2),
        disabled: sealed,
        ...described(key, hintId, errs),
        onchange: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          edit((d) => (d[key] = raw.trim() === '' ? Number.NaN : Number(raw) / perB));
        },
      }),
      h(
        'p',
        { class: 'hint', id: hintId },
        t('decision.max', loc, { value: formatMoney(max, loc) }),
      ),
      errorList(errs, key, loc),
    );
  };

  const fraction = (
    key: 'trainShare' | 'projectExit' | 'creditDeal.creditFraction',
    label: string,
    min: number,
    max: number,
    value: number,
    apply: (d: Decision, v: number) => void,
    tip: Term | null,
  ): HTMLElement => {
    const id = fieldId(key);
    const errs = errorsFor(errors, key);
    const hintId = `${id}-bounds`;
    const out = h('output', { for: id, class: 'value' }, formatPercent(value, loc, 0));
    return h(
      'div',
      { class: 'field slider' },
      h('label', { for: id }, label),
      tip ? term(tip, loc, '?') : null,
      h(
        'div',
        { class: 'slider-row' },
        h('input', {
          id,
          type: 'range',
          min,
          max,
          step: 0.01,
          value,
          disabled: sealed,
          'aria-valuetext': formatPercent(value, loc, 0),
          ...described(key, hintId, errs),
          oninput: (e: Event) => {
            out.textContent = formatPercent(Number((e.target as HTMLInputElement).value), loc, 0);
          },
          onchange: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            edit((d) => apply(d, v));
          },
        }),
        out,
      ),
      h(
        'p',
        { class: 'hint', id: hintId },
        t('decision.bounds', loc, {
          min: formatPercent(min, loc, 0),
          max: formatPercent(max, loc, 0),
        }),
      ),
      errorList(errs, key, loc),
    );
  };

  const committedSpend =
    draft.gpuCapex +
    draft.dcCapex +
    draft.rnd +
    draft.ecosystem +
    draft.security +
    draft.creditDeal.amount * (1 - draft.creditDeal.creditFraction);
  const budgetErrs = errorsFor(errors, 'budget');

  // ---- credit deal
  const creditMax = Math.max(0, 0.1 * ps.cash);
  const amountErrs = errorsFor(errors, 'creditDeal.amount');
  const credit = h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, t('decision.credit', loc), ' ', term('credits', loc, '?')),
    h(
      'div',
      { class: 'field money' },
      h(
        'label',
        { for: fieldId('creditDeal.amount') },
        t('punct.aside', loc, {
          text: t('decision.creditAmount', loc),
          note: t('unit.moneyInput', loc),
        }),
      ),
      h('input', {
        id: fieldId('creditDeal.amount'),
        type: 'number',
        min: 0,
        max: +(creditMax * perB).toFixed(2),
        step: 0.1 * perB,
        value: +(draft.creditDeal.amount * perB).toFixed(2),
        disabled: sealed,
        ...described('creditDeal.amount', `${fieldId('creditDeal.amount')}-max`, amountErrs),
        onchange: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          edit((d) => (d.creditDeal.amount = raw.trim() === '' ? Number.NaN : Number(raw) / perB));
        },
      }),
      h(
        'p',
        { class: 'hint', id: `${fieldId('creditDeal.amount')}-max` },
        t('decision.max', loc, { value: formatMoney(creditMax, loc) }),
      ),
      errorList(amountErrs, 'creditDeal.amount', loc),
    ),
    fraction(
      'creditDeal.creditFraction',
      t('decision.creditFraction', loc),
      0,
      0.8,
      draft.creditDeal.creditFraction,
      (d, v) => (d.creditDeal.creditFraction = v),
      null,
    ),
  );

  // ---- open source
  const osErrs = errorsFor(errors, 'openSource');
  const openSource = h(
    'div',
    { class: 'field check' },
    h('input', {
      id: fieldId('openSource'),
      type: 'checkbox',
      checked: draft.openSource,
      disabled: sealed || (ps.openSourceCooldown > 0 && !draft.openSource),
      ...described(
        'openSource',
        ps.openSourceCooldown > 0 ? `${fieldId('openSource')}-cd` : null,
        osErrs,
      ),
      onchange: (e: Event) => {
        const v = (e.target as HTMLInputElement).checked;
        edit((d) => (d.openSource = v));
      },
    }),
    h('label', { for: fieldId('openSource') }, t('decision.openSource', loc)),
    term('openSource', loc, '?'),
    ps.openSourceCooldown > 0
      ? h(
          'p',
          { class: 'hint', id: `${fieldId('openSource')}-cd` },
          t('decision.openSourceCooldown', loc, { count: ps.openSourceCooldown }),
        )
      : null,
    errorList(osErrs, 'openSource', loc),
  );

  // ---- capacity priority
  const order = [
    ...draft.priority.filter((id) => g.scenario.segments.some((s) => s.id === id)),
    ...g.scenario.segments.map((s) => s.id).filter((id) => !draft.priority.includes(id)),
  ];
  const prioErrs = errorsFor(errors, 'priority');
  const move = (id: string, by: number): void =>
    edit((d) => {
      const list = order.slice();
      const i = list.indexOf(id);
      const j = i + by;
      if (j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j]!, list[i]!];
      d.priority = list.filter((x) => d.priority.includes(x));
    });
  const priority = h(
    'fieldset',
    { class: 'group priority' },
    h('legend', {}, t('decision.priority', loc), ' ', term('priority', loc, '?')),
    h('p', { class: 'hint', id: 'prio-hint' }, t('decision.priorityHint', loc)),
    h(
      'ol',
      { class: 'prio-list' },
      order.map((id, i) => {
        const name = segmentName(g.scenario, id, loc);
        const cid = `prio-${id}`;
        return h(
          'li',
          {},
          h('input', {
            id: cid,
            type: 'checkbox',
            checked: draft.priority.includes(id),
            disabled: sealed,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              edit((d) => {
                const set = new Set(d.priority);
                if (on) set.add(id);
                else set.delete(id);
                d.priority = order.filter((x) => set.has(x));
              });
            },
          }),
          h('label', { for: cid }, t('decision.serveFirst', loc, { segment: name })),
          h(
            'button',
            {
              type: 'button',
              class: 'icon',
              id: `${cid}-up`,
              disabled: sealed || i === 0,
              'aria-label': t('decision.moveUp', loc, { segment: name }),
              onclick: () => move(id, -1),
            },
            '▲',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'icon',
              id: `${cid}-down`,
              disabled: sealed || i === order.length - 1,
              'aria-label': t('decision.moveDown', loc, { segment: name }),
              onclick: () => move(id, 1),
            },
            '▼',
          ),
        );
      }),
    ),
    errorList(prioErrs, 'priority', loc),
  );

  // ---- suggestion, projection, general errors
  const qKey = `${g.game.t}|${me}|${ctx.session.getState().generation}`;
  if (!suggested || suggested.key !== qKey)
    suggested = { key: qKey, reason: suggestDecision(g.scenario, g.game, me).reason };
  if (projected.draft !== draft)
    projected = { draft, value: project(g.scenario, g.game, me, draft) };
  const proj = projected.value;
  const known = new Set([
    'price',
    'gpuCapex',
    'dcCapex',
    'rnd',
    'ecosystem',
    'security',
    'trainShare',
    'projectExit',
    'creditDeal',
    'openSource',
    'priority',
    'budget',
    'dilemma',
  ]);
  const dilemmas = openDilemmas(g.scenario, g.game, me).map((d) =>
    dilemmaCard(d, draft, sealed, loc, (option) =>
      edit((next) => (next.dilemma = { ...next.dilemma, [d.id]: option })),
    ),
  );
  const dilemmaErrs = errors.filter((e) => fieldKey(e.field).startsWith('dilemma'));
  const general = errors.filter((e) => !known.has(fieldKey(e.field).split('.')[0]!));

  replaceChildren(
    root,
    h('h2', { id: 'dec-title' }, t('decision.heading', loc, { quarter })),
    h(
      'div',
      { class: 'draft-actions' },
      h(
        'button',
        {
          id: 'btn-undo',
          type: 'button',
          disabled: sealed || (g.undo[me]?.length ?? 0) === 0,
          onclick: () => store.getState().undoDraft(me),
          'aria-keyshortcuts': 'U',
        },
        t('decision.undo', loc),
      ),
      h(
        'button',
        {
          id: 'btn-reset',
          type: 'button',
          disabled: sealed,
          onclick: () => store.getState().resetDraft(me),
          'aria-describedby': 'dec-held',
          'aria-keyshortcuts': 'R',
        },
        t('decision.reset', loc),
      ),
      h(
        'button',
        {
          id: 'btn-suggest',
          type: 'button',
          disabled: sealed,
          onclick: () => store.getState().applySuggestion(me),
          'aria-describedby': 'dec-suggestion',
        },
        t('decision.suggest', loc),
      ),
    ),
    h('p', { class: 'hint', id: 'dec-held' }, t('decision.held', loc)),
    h(
      'p',
      { class: 'hint suggestion', id: 'dec-suggestion' },
      t('decision.suggestion', loc, { reason: tx(suggested.reason, loc) }),
    ),
    dilemmas,
    dilemmaErrs.length > 0
      ? h(
          'div',
          { class: 'field-error', role: 'alert' },
          dilemmaErrs.map((e) => h('p', {}, errorText(e, loc))),
        )
      : null,
    general.length > 0
      ? h(
          'div',
          { class: 'field-error general', role: 'alert' },
          general.map((e) => h('p', {}, errorText(e, loc))),
        )
      : null,
    h(
      'fieldset',
      { class: 'group', 'data-guide': 'prices' },
      h('legend', {}, t('decision.prices', loc)),
      priceRows,
    ),
    h(
      'fieldset',
      { class: 'group', 'data-guide': 'invest' },
      h('legend', {}, t('decision.invest', loc), ' ', term('capex', loc, '?')),
      money('gpuCapex', gpuMax, 'kgpu'),
      money('dcCapex', room, 'rsu'),
      money('rnd', room, null),
      money('ecosystem', room, null),
      money('security', room, null),
      h(
        'p',
        { class: `budget${budgetErrs.length > 0 ? ' over' : ''}`, id: 'dec-budget' },
        t('decision.budget', loc, {
          committed: formatMoney(committedSpend, loc),
          room: formatMoney(room, loc),
        }),
      ),
      errorList(budgetErrs, 'budget', loc),
      fundingWarning(proj?.funding ?? null, loc),
      fraction(
        'trainShare',
        t('decision.trainShare', loc),
        0,
        0.6,
        draft.trainShare,
        (d, v) => (d.trainShare = v),
        'trainShare',
      ),
    ),
    credit,
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('term.projectExit', loc)),
      fraction(
        'projectExit',
        t('decision.projectExit', loc),
        -0.05,
        0.5,
        draft.projectExit,
        (d, v) => (d.projectExit = v),
        'projectExit',
      ),
      openSource,
    ),
    priority,
    h(
      'section',
      { class: 'projection', 'aria-labelledby': 'proj-title', 'data-guide': 'projection' },
      h('h3', { id: 'proj-title' }, t('decision.projection', loc)),
      proj
        ? h(
            'dl',
            { class: 'proj-grid' },
            h('dt', {}, term('volumeShare', loc, t('decision.projVolumeShare', loc))),
            h(
              'dd',
              { id: 'proj-volume-share' },
              formatPercent(proj.volumeShare, loc),
              ' ',
              h(
                'span',
                { class: proj.volumeShare >= proj.previousVolumeShare ? 'up' : 'down' },
                `(${formatPoints(proj.volumeShare - proj.previousVolumeShare, loc)})`,
              ),
            ),
            h('dt', {}, term('revenueShare', loc, t('decision.projRevenueShare', loc))),
            h(
              'dd',
              { id: 'proj-revenue-share' },
              formatPercent(proj.iaasShare, loc),
              ' ',
              h(
                'span',
                { class: proj.iaasShare >= proj.previousIaasShare ? 'up' : 'down' },
                `(${formatPoints(proj.iaasShare - proj.previousIaasShare, loc)})`,
              ),
            ),
            h('dt', {}, t('decision.projRevenue', loc)),
            h('dd', {}, formatMoney(proj.revenue, loc)),
            h('dt', {}, term('ebita', loc, t('decision.projEbita', loc))),
            h('dd', {}, formatMoney(proj.ebita, loc)),
            h('dt', {}, term('cashFloor', loc, t('decision.projCash', loc))),
            h('dd', {}, formatMoney(proj.funding.cash, loc)),
            h('dt', {}, term('creditLine', loc, t('decision.projDebt', loc))),
            h('dd', {}, formatMoney(proj.funding.debt, loc)),
          )
        : h('p', { class: 'hint' }, t('decision.projInvalid', loc)),
      proj
        ? h(
            'p',
            { class: 'price-split', id: 'proj-split' },
            priceSplitText(
              proj.priceMove,
              { now: proj.ownPricesVolume, later: 0 },
              { now: proj.ownPricesRevenue, later: 0 },
              loc,
            ).join(' '),
          )
        : null,
      h('p', { class: 'hint' }, t('decision.projectionNote', loc)),
    ),
    sealed ? h('p', { class: 'hint' }, t('decision.committed', loc)) : null,
    h(
      'button',
      {
        id: 'btn-end',
        type: 'button',
        class: 'primary big end',
        disabled: sealed,
        'aria-keyshortcuts': 'E',
        'data-guide': 'end',
        onclick: () => endQuarter(ctx),
      },
      t('decision.endQuarter', loc),
    ),
  );
}
