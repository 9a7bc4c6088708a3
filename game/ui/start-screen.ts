// The start screen: scenario cards, provider choice (several = hot-seat), handicap, seed,
// language, Start game and Continue (when an autosave exists).

import { MAX_SEED } from '../engine/index.ts';
import { importScenario } from './import-scenario.ts';
import { t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { showAlert } from './alert.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { HANDICAPS } from '../engine/index.ts';
import type { Handicap } from '../engine/index.ts';
import { continueGame, hasAutosave } from './save-actions.ts';

interface StartForm {
  scenario: string;
  humans: Set<string>;
  seed: string;
  handicap: Handicap;
  autosave: boolean | null;
  error: string;
}

export function createStartForm(ctx: UiContext): StartForm {
  const first = ctx.scenarios[0];
  return {
    scenario: first?.id ?? '',
    humans: new Set(first ? [first.scenario.defaultHuman] : []),
    seed: '1',
    handicap: 'normal',
    autosave: null,
    error: '',
  };
}

function parseSeed(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 0 && n <= MAX_SEED ? n : null;
}

export function renderStart(
  root: HTMLElement,
  ctx: UiContext,
  form: StartForm,
  redraw: () => void,
): void {
  const loc: Locale = ctx.session.getState().locale;
  if (form.autosave === null) {
    form.autosave = false;
    void hasAutosave(ctx).then((yes) => {
      form.autosave = yes;
      if (yes) redraw();
    });
  }
  const chosen = ctx.scenarios.find((s) => s.id === form.scenario) ?? ctx.scenarios[0];
  const start = (): void => {
    if (!chosen) return;
    const seed = parseSeed(form.seed);
    const humans = chosen.scenario.providers.map((p) => p.id).filter((id) => form.humans.has(id));
    if (humans.length === 0) form.error = t('start.noProvider', loc);
    else if (seed === null) form.error = t('start.badSeed', loc);
    else form.error = '';
    if (form.error || seed === null) return redraw();
    try {
      ctx.session.getState().startGame(chosen.scenario, { seed, humans, handicap: form.handicap });
    } catch (e) {
      showAlert(e instanceof Error ? e.message : String(e));
    }
  };

  const cards = ctx.scenarios.map((s) => {
    const id = `scn-${s.id}`;
    const selected = s.id === chosen?.id;
    return h(
      'div',
      { class: `card${selected ? ' selected' : ''}` },
      h('input', {
        type: 'radio',
        name: 'scenario',
        id,
        value: s.id,
        checked: selected,
        'aria-describedby': `${id}-premise`,
        onchange: () => {
          form.scenario = s.id;
          form.humans = new Set([s.scenario.defaultHuman]);
          redraw();
        },
      }),
      h('label', { for: id, class: 'card-title' }, tx(s.scenario.title, loc)),
      h(
        'p',
        { class: 'card-meta' },
        t('start.period', loc, { start: s.scenario.start, quarters: s.scenario.quarters }),
        ' · ',
        h(
          'span',
          { class: `badge diff-${s.scenario.difficulty}` },
          t(`diff.${s.scenario.difficulty}`, loc),
        ),
      ),
      h('p', { class: 'card-premise', id: `${id}-premise` }, tx(s.scenario.premise, loc)),
    );
  });

  const providers = (chosen?.scenario.providers ?? []).map((p) => {
    const id = `prov-${p.id}`;
    return h(
      'div',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id,
        checked: form.humans.has(p.id),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) form.humans.add(p.id);
          else form.humans.delete(p.id);
          redraw();
        },
      }),
      h('span', { class: 'swatch', style: `background:${p.colour}`, 'aria-hidden': 'true' }),
      h('label', { for: id }, tx(p.name, loc)),
    );
  });

  replaceChildren(
    root,
    h(
      'section',
      { class: 'screen start', 'aria-labelledby': 'start-title' },
      h('h2', { id: 'start-title' }, t('start.heading', loc)),
      h(
        'fieldset',
        { class: 'cards' },
        h('legend', {}, t('start.scenario', loc)),
        h('div', { class: 'card-grid' }, cards),
      ),
      h(
        'div',
        { class: 'start-options' },
        h(
          'fieldset',
          { class: 'providers' },
          h('legend', {}, t('start.providers', loc)),
          h('p', { class: 'hint' }, t('start.providersHint', loc)),
          h('div', { class: 'provider-grid' }, providers),
        ),
        h(
          'div',
          { class: 'start-side' },
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'start-handicap' }, t('start.handicap', loc)),
            h(
              'select',
              {
                id: 'start-handicap',
                'aria-describedby': 'start-handicap-hint',
                onchange: (e: Event) => {
                  form.handicap = (e.target as HTMLSelectElement).value as Handicap;
                },
              },
              HANDICAPS.map((k) =>
                h('option', { value: k, selected: form.handicap === k }, t(`handicap.${k}`, loc)),
              ),
            ),
            h('p', { class: 'hint', id: 'start-handicap-hint' }, t('start.handicapHint', loc)),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'start-lang' }, t('lang.name', loc)),
            h(
              'select',
              {
                id: 'start-lang',
                onchange: (e: Event) =>
                  ctx.session.getState().setLocale((e.target as HTMLSelectElement).value as Locale),
              },
              h(
                'option',
                { value: 'zh', selected: loc === 'zh', lang: 'zh-CN' },
                t('lang.zh', loc),
              ),
              h('option', { value: 'en', selected: loc === 'en', lang: 'en' }, t('lang.en', loc)),
            ),
          ),
          h(
            'details',
            { class: 'advanced' },
            h('summary', {}, t('start.advanced', loc)),
            h(
              'div',
              { class: 'field' },
              h('label', { for: 'start-seed' }, t('start.seed', loc)),
              h('input', {
                id: 'start-seed',
                type: 'number',
                min: 0,
                max: MAX_SEED,
                step: 1,
                value: form.seed,
                'aria-describedby': 'start-seed-hint',
                oninput: (e: Event) => (form.seed = (e.target as HTMLInputElement).value),
              }),
              h('p', { class: 'hint', id: 'start-seed-hint' }, t('start.seedHint', loc)),
            ),
          ),
          form.error ? h('p', { class: 'error', role: 'alert' }, form.error) : null,
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              { id: 'btn-start', type: 'button', class: 'primary big', onclick: start },
              t('start.start', loc),
            ),
            h(
              'button',
              {
                id: 'btn-import',
                type: 'button',
                onclick: () =>
                  void importScenario(ctx).then((result) => {
                    if (result.kind === 'invalid')
                      showAlert(`${t('start.importInvalid', loc)}\n${result.problems.join('\n')}`);
                    else if (result.kind === 'failed') showAlert(result.message);
                    else if (result.kind === 'imported') {
                      form.scenario = result.id;
                      const added = ctx.scenarios.find((s) => s.id === result.id);
                      if (added) form.humans = new Set([added.scenario.defaultHuman]);
                      showAlert(t('start.imported', loc, { id: result.id }), 'info');
                      redraw();
                    }
                  }),
              },
              t('start.import', loc),
            ),
            form.autosave
              ? h(
                  'button',
                  {
                    id: 'btn-continue',
                    type: 'button',
                    onclick: () => void continueGame(ctx),
                  },
                  t('start.continue', loc),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}
