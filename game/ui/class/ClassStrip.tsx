// The class on a student's screen, above the decisions: the phase, "1 of 2 teams sealed", the
// countdown, the rule for a seat that does not seal in time, the teacher's notice and the team
// code teammates need. It ticks once a second while a clock runs.

import { useEffect, useState } from 'preact/hooks';
import type { Subscribable } from '../view/watch.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ClassView } from '../../wire/messages.ts';
import type { UiContext } from '../context.ts';
import { useSession, useStore } from '../view/use-store.ts';
import { classStatusLine, clockText } from './class-status.ts';

export function ClassStrip(props: { ctx: UiContext }) {
  const view = useSession(props.ctx, (s) => s.classView);
  const loc = useSession(props.ctx, (s) => s.locale);
  return view ? <Strip view={view} loc={loc} /> : null;
}

function Strip(props: { view: Subscribable<ClassView>; loc: Locale }) {
  const { loc } = props;
  const view = useStore(props.view, (v) => v);
  const [now, setNow] = useState(() => Date.now());
  const line = classStatusLine(view, now);
  const ticking = line.phase === 'drafting' && line.leftMs !== null && line.leftMs > 0;
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);

  return (
    <section class="class-strip" aria-label={t('class.label', loc)} id="class-strip">
      <p class="class-phase" role="status">
        <strong>{t(`class.phase.${line.phase}`, loc)}</strong>
        {line.seats > 0 ? (
          <span id="class-sealed">
            {' · '}
            {t('class.sealed', loc, { count: line.sealed, total: line.seats })}
          </span>
        ) : null}
        {line.leftMs !== null ? (
          <span id="class-clock" class={line.leftMs < 60_000 ? 'class-clock soon' : 'class-clock'}>
            {' · '}
            {t('class.left', loc, { time: clockText(line.leftMs) })}
          </span>
        ) : null}
      </p>
      {line.practice ? <p class="hint">{t('class.practice', loc)}</p> : null}
      {line.practiceOver ? (
        <p class="hint" id="class-practice-over">
          {t('class.practiceOver', loc)}
        </p>
      ) : null}
      {line.phase === 'drafting' ? <p class="hint">{t('class.holdRule', loc)}</p> : null}
      {line.notice ? (
        <p class="class-notice" id="class-notice">
          {t('class.notice', loc, { text: line.notice })}
        </p>
      ) : null}
      {view.team ? (
        <p class="hint" id="class-team">
          {view.teamCode
            ? t('class.teamWithCode', loc, { team: view.team, code: view.teamCode })
            : t('class.team', loc, { team: view.team })}
        </p>
      ) : null}
      {line.desyncAt !== null ? (
        <p class="field-error" role="alert">
          {t('class.desync', loc, { quarter: line.desyncAt + 1 })}
        </p>
      ) : null}
    </section>
  );
}
