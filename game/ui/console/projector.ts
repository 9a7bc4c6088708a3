// Projector mode on and off. Chart.js draws its text on a canvas, out of the stylesheet's reach,
// so its default font size follows the mode too (the charts are made again on the next render).

import { Chart } from 'chart.js';
import type { ConsoleContext } from './context.ts';

/** Chart text size (px): the screen's default, and one the back row of a classroom can read. */
const CHART_FONT = { screen: 12, projector: 20 } as const;

export function setProjector(ctx: ConsoleContext, on: boolean): void {
  Chart.defaults.font.size = on ? CHART_FONT.projector : CHART_FONT.screen;
  ctx.projector.value = on;
}
