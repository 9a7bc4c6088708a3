// A line chart as a component: the canvas is a ref, the Chart.js instance is made after the
// canvas is in the page and destroyed when the component re-renders or unmounts. `fontScale`
// enlarges the chart's text (the teacher console's projector mode): Chart.js draws text on the
// canvas, out of the stylesheet's reach.

import { Chart } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { lineConfig } from '../charts.ts';
import type { LineSet } from '../charts.ts';

/** Multiplies every explicit font size of a line chart's legend and axes by `scale`. */
function scaleFonts(config: ChartConfiguration<'line'>, scale: number): void {
  const fonts = [
    config.options?.plugins?.legend?.labels?.font,
    config.options?.scales?.x?.ticks?.font,
    config.options?.scales?.y?.ticks?.font,
  ];
  for (const font of fonts)
    if (font && typeof font === 'object' && 'size' in font && typeof font.size === 'number')
      font.size = Math.round(font.size * scale);
}

export function ChartFigure(props: {
  title: string;
  labels: string[];
  sets: LineSet[];
  yTick: (v: number) => string;
  /** The least range of the y axis, in the values' unit (lineConfig). */
  minSpan?: number | undefined;
  fontScale?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const config = lineConfig(props.labels, props.sets, props.yTick, props.minSpan);
    if (props.fontScale !== undefined && props.fontScale !== 1) scaleFonts(config, props.fontScale);
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  });
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
    </figure>
  );
}
