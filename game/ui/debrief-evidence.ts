// What makes a printed debrief evidence: an identity header (player or team, scenario, seed,
// date, score, final state hash, which a replay of the save reproduces) and the decision log
// (every quarter, every human provider, the decision in short). Both show on screen and in
// print; the print stylesheet styles #debrief-identity and #decision-log.

import { stateHash } from '../engine/index.ts';
import { t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { GameStoreState } from '../store/index.ts';
import { decisionSummary } from './decision-summary.ts';
import { h } from './dom.ts';
import { providerName } from './game-view.ts';

const DATE_TAG: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

export function identityHeader(
  g: GameStoreState,
  scoreText: string,
  today: Date,
  loc: Locale,
): HTMLElement {
  const row = (key: string, value: string, id: string) => [
    h('dt', {}, t(`debrief.${key}`, loc)),
    h('dd', { id }, value),
  ];
  return h(
    'section',
    { id: 'debrief-identity', class: 'debrief-identity', 'aria-labelledby': 'db-identity' },
    h('h3', { id: 'db-identity' }, t('debrief.identity', loc)),
    h(
      'dl',
      {},
      row('idPlayer', g.player || t('debrief.idNoPlayer', loc), 'db-id-player'),
      row(
        'idScenario',
        t('punct.aside', loc, { text: tx(g.scenario.title, loc), note: g.scenario.id }),
        'db-id-scenario',
      ),
      row('idSeed', String(g.seed), 'db-id-seed'),
      row(
        'idDate',
        today.toLocaleDateString(DATE_TAG[loc], { year: 'numeric', month: 'long', day: 'numeric' }),
        'db-id-date',
      ),
      row('idScore', scoreText, 'db-id-score'),
      row('idHash', stateHash(g.game), 'db-id-hash'),
    ),
  );
}

export function decisionLog(g: GameStoreState, loc: Locale): HTMLElement {
  const rows = g.log.flatMap((entry) =>
    Object.keys(entry.decisions)
      .sort((a, b) => g.humans.indexOf(a) - g.humans.indexOf(b))
      .map((id) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, entry.quarter),
          h('td', {}, providerName(g.scenario, id, loc)),
          h('td', {}, decisionSummary(g.scenario, id, entry.decisions[id]!, loc)),
        ),
      ),
  );
  return h(
    'section',
    { id: 'decision-log', class: 'decision-log', 'aria-labelledby': 'db-log' },
    h('h3', { id: 'db-log' }, t('debrief.log', loc)),
    rows.length === 0
      ? h('p', { class: 'hint' }, t('debrief.logNone', loc))
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('debrief.logQuarter', loc)),
              h('th', { scope: 'col' }, t('debrief.logProvider', loc)),
              h('th', { scope: 'col' }, t('debrief.logDecision', loc)),
            ),
          ),
          h('tbody', {}, rows),
        ),
  );
}
