// A line chart as a component: the canvas is a ref, the Chart.js instance is made after the
// canvas is in the page and destroyed when the component re-renders or unmounts.

import { Chart } from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { lineConfig } from '../charts.ts';
import type { LineSet } from '../charts.ts';

export function ChartFigure(props: {
  title: string;
  labels: string[];
  sets: LineSet[];
  yTick: (v: number) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const chart = new Chart(canvas.current!, lineConfig(props.labels, props.sets, props.yTick));
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
