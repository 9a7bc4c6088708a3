// What every part of the teacher console receives: the class, the console's state and the page's
// choices (language, projector mode, the market in focus), and the link to the markets.

import type { Signal } from '@preact/signals';
import type { Locale } from '../../i18n/index.ts';
import type { TeacherLink } from '../../net/teacher.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';
import type { ClassInfo } from '../../wire/messages.ts';
import type { ConsoleState, Feedback } from './model.ts';

export interface ConsoleContext {
  info: ClassInfo;
  token: string;
  /** The class's scenario as this page ships it (undefined: the page cannot draw the class). */
  shipped: ShippedScenario | undefined;
  scenarios: ShippedScenario[];
  state: Signal<ConsoleState>;
  locale: Signal<Locale>;
  projector: Signal<boolean>;
  /** The market projector mode shows, or 'all' side by side. */
  focus: Signal<number | 'all'>;
  link: Signal<TeacherLink | null>;
  /** Adds a line under the command bar. */
  say(line: Omit<Feedback, 'id'>): void;
}
