// The teacher console page: the class at a glance (seats sealed over every market), commands for
// every market at once, each market's card (seats, clock, commands, dashboard), the leaderboard
// and the import of offline replay files. Projector mode (button or key P) enlarges the type,
// hides the commands and shows one market or all side by side.

import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { analyseMarkets, classLeaderboard } from './analysis.ts';
import type { MarketAnalysis } from './analysis.ts';
import { CommandBar } from './CommandBar.tsx';
import type { ConsoleContext } from './context.ts';
import { FeedbackList } from './FeedbackList.tsx';
import { Leaderboard } from './Leaderboard.tsx';
import { MarketCard } from './MarketCard.tsx';
import { classProgress } from './model.ts';
import { ProjectorControls } from './ProjectorControls.tsx';
import { ReplayImport } from './ReplayImport.tsx';

/** Whether a key press belongs to a field being typed in (then P is a letter, not a toggle). */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

export function ConsoleScreen(props: { ctx: ConsoleContext }) {
  const { ctx } = props;
  const loc = ctx.locale.value;
  const state = ctx.state.value;
  const projector = ctx.projector.value;
  const scenario = ctx.shipped?.scenario;
  const cache = useRef(new Map<number, { key: string; analysis: MarketAnalysis | null }>());
  const analyses = scenario ? analyseMarkets(cache.current, scenario, state.markets) : [];
  const progress = classProgress(state.markets);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key.toLowerCase() !== 'p' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target))
        return;
      ctx.projector.value = !ctx.projector.value;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);

  const focus = ctx.focus.value;
  const shown =
    projector && focus !== 'all' ? state.markets.filter((m) => m.market === focus) : state.markets;

  return (
    <div class={`console${projector ? ' projector' : ''}`} lang={loc === 'zh' ? 'zh-CN' : 'en'}>
      <header class="console-head">
        <h1 id="console-title">{t('console.title', loc)}</h1>
        <p class="console-summary">
          {t('console.summary', loc, {
            scenario: scenario?.title[loc] ?? ctx.info.scenarioId,
            markets: ctx.info.markets,
            lang: t(`console.classLang.${ctx.info.lang}`, loc),
          })}
        </p>
        <p class="console-progress" id="console-progress">
          {t('console.progress', loc, progress)}
          {progress.desynced > 0 ? (
            <span class="error"> · {t('console.desynced', loc, { n: progress.desynced })}</span>
          ) : null}
        </p>
        <ProjectorControls ctx={ctx} />
      </header>
      {!scenario ? (
        <p class="error" role="alert">
          {t('join.noScenario', loc, { id: ctx.info.scenarioId })}
        </p>
      ) : null}
      {projector ? null : (
        <section class="console-class" aria-labelledby="all-title">
          <h2 id="all-title">{t('console.allMarkets', loc)}</h2>
          <CommandBar ctx={ctx} target="all" />
          <FeedbackList feedback={state.feedback} loc={loc} />
        </section>
      )}
      <div class={`console-markets count-${shown.length}`}>
        {shown.map((view) => (
          <MarketCard
            key={view.market}
            ctx={ctx}
            view={view}
            analysis={analyses[view.market - 1] ?? null}
            scenario={scenario}
          />
        ))}
      </div>
      {scenario ? (
        <Leaderboard rows={classLeaderboard(scenario, analyses)} scenario={scenario} loc={loc} />
      ) : null}
      {projector ? null : <ReplayImport ctx={ctx} />}
    </div>
  );
}
