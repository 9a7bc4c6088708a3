// The debrief's lessons: what the model teaches, the same for every game.

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';

const LESSONS = ['elasticity', 'switching', 'capacity', 'ecosystem', 'trust', 'credits'] as const;

export function LessonsSection(props: { loc: Locale }) {
  return (
    <section aria-labelledby="db-lessons">
      <h3 id="db-lessons">{t('debrief.lessons', props.loc)}</h3>
      <ul class="lessons">
        {LESSONS.map((k) => (
          <li key={k}>{t(`lesson.${k}`, props.loc)}</li>
        ))}
      </ul>
    </section>
  );
}
