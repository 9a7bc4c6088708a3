// The debrief (overlay, screen "debrief"): the evidence header, the score against the
// objectives, the run against history, a counterfactual "hold prices from quarter X" branch,
// Bertrand-logit benchmarks, lessons, the decision log, and the exports (CSV, replay, print).
// Each section subscribes to the part of the game it draws; in hot-seat play the switcher in
// the header turns every section to another team.

import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { useSession } from '../view/use-store.ts';
import { BenchmarksSection } from './BenchmarksSection.tsx';
import { CounterfactualSection } from './CounterfactualSection.tsx';
import { DebriefActions } from './DebriefActions.tsx';
import { DecisionLog } from './DecisionLog.tsx';
import { HistorySection } from './HistorySection.tsx';
import { IdentityHeader } from './IdentityHeader.tsx';
import { LessonsSection } from './LessonsSection.tsx';
import { ScoreSection } from './ScoreSection.tsx';
import { useTeam } from './use-team.ts';

export function DebriefScreen(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, generation } = useSession(ctx, (s) => ({
    loc: s.locale,
    generation: s.generation,
  }));
  const team = useTeam(ctx);
  if (team === null) return null;
  const part = { ctx, team, loc };
  return (
    <article class="screen debrief" aria-labelledby="debrief-title">
      <header class="screen-head">
        <h2 id="debrief-title">{t('debrief.heading', loc)}</h2>
        <DebriefActions {...part} />
      </header>
      <IdentityHeader {...part} />
      <ScoreSection {...part} />
      <HistorySection {...part} />
      {/* A counterfactual run belongs to one game and one team: a new key starts afresh. */}
      <CounterfactualSection key={`${generation}|${team}`} {...part} />
      <BenchmarksSection {...part} />
      <LessonsSection loc={loc} />
      <DecisionLog ctx={ctx} loc={loc} />
    </article>
  );
}
