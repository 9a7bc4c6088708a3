// What makes a printed debrief evidence, part 1: the identity header (player or team,
// scenario, seed, date, score, and the final state hash that a replay of the save reproduces).
// Shown on screen and on paper; the print stylesheet styles #debrief-identity.

import { useMemo } from 'preact/hooks';
import { stateHash } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName } from '../game-view.ts';
import { useGame } from '../view/use-store.ts';
import { useScore } from './use-score.ts';

const DATE_TAG: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

function Row(props: { label: string; id: string; value: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd id={props.id}>{props.value}</dd>
    </>
  );
}

export function IdentityHeader(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { ctx, team, loc } = props;
  const g = useGame(
    ctx,
    (s) => s && { player: s.player, scenario: s.scenario, seed: s.seed, game: s.game },
  );
  const scored = useScore(ctx, team);
  const game = g?.game;
  const hash = useMemo(() => (game ? stateHash(game) : ''), [game]);
  if (!g || !scored) return null;
  const label = (key: string): string => t(`debrief.${key}`, loc);
  const scoreText = t('punct.aside', loc, {
    text: t('top.score', loc, { value: Math.round(scored.result.score) }),
    note: providerName(g.scenario, team, loc),
  });
  const today = new Date().toLocaleDateString(DATE_TAG[loc], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return (
    <section id="debrief-identity" class="debrief-identity" aria-labelledby="db-identity">
      <h3 id="db-identity">{label('identity')}</h3>
      <dl>
        <Row label={label('idPlayer')} id="db-id-player" value={g.player || label('idNoPlayer')} />
        <Row
          label={label('idScenario')}
          id="db-id-scenario"
          value={t('punct.aside', loc, { text: tx(g.scenario.title, loc), note: g.scenario.id })}
        />
        <Row label={label('idSeed')} id="db-id-seed" value={String(g.seed)} />
        <Row label={label('idDate')} id="db-id-date" value={today} />
        <Row label={label('idScore')} id="db-id-score" value={scoreText} />
        <Row label={label('idHash')} id="db-id-hash" value={hash} />
      </dl>
    </section>
  );
}
