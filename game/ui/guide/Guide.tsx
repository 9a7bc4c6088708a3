// The guided first quarter: a short, dismissible sequence of callouts pointing at the decision
// panel. It belongs to the first quarter of a game and ends for good (remembered in
// localStorage) when finished, skipped, closed with Escape, or when the player leaves that
// quarter (ends it or opens the report), so it never starts again after a report. It waits for
// the briefing to close, then takes keyboard focus, and gives it back when it ends.

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { useGame, useSession } from '../view/use-store.ts';
import { guideDone, markGuideDone } from './guide-memory.ts';
import { useBriefingOpen } from './use-briefing-open.ts';

const STEPS = [
  { text: 'guide.s1', target: null },
  { text: 'guide.s2', target: 'prices' },
  { text: 'guide.s3', target: 'invest' },
  { text: 'guide.s4', target: 'projection' },
  { text: 'guide.s5', target: 'end' },
] as const;

export function Guide(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, screen } = useSession(ctx, (s) => ({ loc: s.locale, screen: s.screen }));
  const firstQuarter = useGame(ctx, (g) => g !== null && g.reports.length === 0);
  const briefing = useBriefingOpen();
  const [done, setDone] = useState(guideDone);
  const [step, setStep] = useState(0);
  const next = useRef<HTMLButtonElement>(null);
  // Where focus was before the guide took it (undefined: it has not taken focus).
  const returnTo = useRef<Element | null | undefined>(undefined);

  const finish = (): void => {
    markGuideDone();
    setDone(true);
    // Focus goes back where it was before the guide took it (or to End quarter), once the
    // guide has left the page (Preact re-renders in a microtask, before this task).
    const back = returnTo.current;
    returnTo.current = undefined;
    if (back === undefined) return;
    setTimeout(() => {
      // The element may be gone or hidden (the closed briefing's button): then End quarter.
      if (back instanceof HTMLElement && back !== document.body) back.focus();
      if (document.activeElement !== back || back === document.body)
        document.getElementById('btn-end')?.focus();
    }, 0);
  };
  // Leaving the first quarter ends the guide: it does not restart after the report.
  const started = useRef(false);
  if (firstQuarter && screen === 'quarter') started.current = true;
  useEffect(() => {
    if (!done && started.current && (screen !== 'quarter' || !firstQuarter)) finish();
  });

  const show = !done && firstQuarter && screen === 'quarter' && !briefing;
  const s = STEPS[step]!;
  useEffect(() => {
    if (!show) return;
    if (returnTo.current === undefined) returnTo.current = document.activeElement;
    next.current?.focus();
    const target = s.target ? document.querySelector(`[data-guide="${s.target}"]`) : null;
    target?.classList.add('guide-target');
    return () => target?.classList.remove('guide-target');
  }, [show, step]);
  if (!show) return null;
  const last = step === STEPS.length - 1;
  return (
    <div
      id="guide"
      class="guide"
      role="dialog"
      aria-labelledby="guide-title"
      aria-describedby="guide-text"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        finish();
      }}
    >
      <h2 id="guide-title">
        {t('guide.label', loc)}
        <span class="hint">
          {' · '}
          {t('guide.step', loc, { n: step + 1, total: STEPS.length })}
        </span>
      </h2>
      <p id="guide-text">{t(s.text, loc)}</p>
      <div class="actions">
        <button
          id="guide-next"
          type="button"
          class="primary"
          ref={next}
          onClick={() => (last ? finish() : setStep(step + 1))}
        >
          {last ? t('guide.done', loc) : t('guide.next', loc)}
        </button>
        {last ? null : (
          <button id="guide-skip" type="button" onClick={finish}>
            {t('guide.skip', loc)}
          </button>
        )}
      </div>
    </div>
  );
}
