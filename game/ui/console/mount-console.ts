// Mounts the teacher console in place of the game (a page opened at `#teacher=TOKEN` on a class
// server): the game's slots are hidden, the console gets its own root, joins every market as the
// teacher and folds what they send into its state.

import { signal } from '@preact/signals';
import { h as element, render } from 'preact';
import type { Locale } from '../../i18n/index.ts';
import { connectConsole } from '../../net/teacher.ts';
import type { TeacherLink } from '../../net/teacher.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';
import type { ClassInfo } from '../../wire/messages.ts';
import { ConsoleScreen } from './ConsoleScreen.tsx';
import './console.css';
import type { ConsoleContext } from './context.ts';
import { emptyConsole, reduceConsole, withFeedback } from './model.ts';

export function mountConsole(options: {
  info: ClassInfo;
  token: string;
  scenarios: ShippedScenario[];
  locale: Locale;
}): () => void {
  const { info, token, scenarios } = options;
  document.getElementById('app')?.setAttribute('hidden', '');
  const root = document.createElement('div');
  root.id = 'console';
  document.body.appendChild(root);
  const state = signal(emptyConsole(info.markets));
  const ctx: ConsoleContext = {
    info,
    token,
    shipped: scenarios.find((s) => s.id === info.scenarioId),
    scenarios,
    state,
    locale: signal(options.locale),
    projector: signal(false),
    focus: signal<number | 'all'>('all'),
    link: signal<TeacherLink | null>(null),
    say: (line) => (state.value = withFeedback(state.value, line)),
  };
  document.title = 'Cloud Price War · 教师控制台 · Teacher console';
  render(element(ConsoleScreen, { ctx }), root);
  void connectConsole(token, info.markets, (event) => {
    state.value = reduceConsole(state.value, event);
  }).then((link) => (ctx.link.value = link));
  return () => {
    ctx.link.value?.close();
    render(null, root);
    root.remove();
  };
}
