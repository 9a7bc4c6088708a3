// Floating bars (the attribution waterfall) as a component: the Chart.js instance is made once
// the canvas is in the page and destroyed when the component re-renders or unmounts.

import { Chart } from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { floatingBarsConfig } from '../charts.ts';
import type { FloatBar } from '../charts.ts';

export function BarsFigure(props: {
  title: string;
  bars: FloatBar[];
  xTick: (v: number) => string;
  tooltip: (i: number) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const config = floatingBarsConfig(props.title, props.bars, props.xTick, props.tooltip);
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  });
  return (
    <figure class="chart chart-waterfall">
      <figcaption>{props.title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
    </figure>
  );
}
