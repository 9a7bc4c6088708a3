// Chart.js line and floating-bar charts in the dark theme. Every chart made for a panel goes
// into that panel's bag and is destroyed before the panel is drawn again.

import { Chart, registerables } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

Chart.register(...registerables);

/** Axis text and grid lines: light on the dark screen, dark on paper. */
const INK = {
  screen: { text: '#c9d1e0', grid: 'rgba(255,255,255,0.10)' },
  print: { text: '#222222', grid: 'rgba(0,0,0,0.18)' },
} as const;
/** What a light data line (the grey history run) becomes on white paper. */
const PRINT_LIGHT_LINE = '#555555';
Chart.defaults.color = INK.screen.text;
Chart.defaults.borderColor = INK.screen.grid;
Chart.defaults.font.family =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif";
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

/** Relative luminance of '#rrggbb' (0 black … 1 white); unreadable colours count as dark. */
function luminance(css: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(css);
  if (!m) return 0;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => lin(c / 255)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const screenColour = new WeakMap<object, unknown>();

/**
 * Redraws every chart in the ink for paper or screen. Chart.js draws on a canvas, so the print
 * stylesheet cannot reach its text: near-white axis labels and legends would print white on
 * white. Light data lines get a dark grey on paper and their own colour back afterwards.
 */
function setInk(print: boolean): void {
  const ink = print ? INK.print : INK.screen;
  Chart.defaults.color = ink.text;
  Chart.defaults.borderColor = ink.grid;
  for (const chart of Object.values(Chart.instances)) {
    for (const set of chart.data.datasets) {
      if (print) {
        const colour = set.borderColor;
        if (typeof colour === 'string' && luminance(colour) > 0.5) {
          screenColour.set(set, colour);
          set.borderColor = PRINT_LIGHT_LINE;
          set.backgroundColor = PRINT_LIGHT_LINE;
        }
      } else if (screenColour.has(set)) {
        set.borderColor = screenColour.get(set) as string;
        set.backgroundColor = screenColour.get(set) as string;
        screenColour.delete(set);
      }
    }
    // Scales cache their resolved colours: give them the ink explicitly.
    for (const scale of Object.values(chart.options.scales ?? {})) {
      if (!scale) continue;
      if (scale.ticks) scale.ticks.color = ink.text;
      if (scale.grid) scale.grid.color = ink.grid;
    }
    const legend = chart.options.plugins?.legend?.labels;
    if (legend) legend.color = ink.text;
    chart.update('none');
  }
}

// Print preview and emulated print media change the media query; a real print dialog also
// fires beforeprint/afterprint, sometimes without the query changing first.
if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
  const paper = window.matchMedia('print');
  paper.addEventListener('change', (e) => setInk(e.matches));
  window.addEventListener('beforeprint', () => setInk(true));
  window.addEventListener('afterprint', () => setInk(paper.matches));
}

/** A money axis tick for values in CNY B: "12.5" (CNY B) in English, "125" (亿元) in Chinese. */
export function moneyTick(billions: number, loc: Locale, digits?: number): string {
  return formatNumber(loc === 'zh' ? billions * 10 : billions, loc, digits);
}

export class ChartBag {
  private charts: Chart[] = [];
  add(chart: Chart): Chart {
    this.charts.push(chart);
    return chart;
  }
  destroyAll(): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
  }
}

export interface LineSet {
  label: string;
  colour: string;
  values: (number | null)[];
  dashed?: boolean;
  bold?: boolean;
}

/**
 * A line chart's configuration. With one or two quarters to show (the first report) each
 * value is drawn as a point, since a line needs two; tick labels that round to the same text
 * are shown once, so a narrow range never reads "30%, 30%, 30%". `minSpan` is the least range
 * of the y axis, in the values' unit: Chart.js fits the axis to the data, so a share that moved
 * 0.3 points would otherwise fill the chart's height and read as a landslide.
 */
export function lineConfig(
  labels: string[],
  sets: LineSet[],
  yTick: (v: number) => string,
  minSpan = 0,
): ChartConfiguration<'line'> {
  const few = labels.length < 3;
  const values = sets.flatMap((s) => s.values).filter((v): v is number => Number.isFinite(v));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const widen =
    values.length > 0 && high - low < minSpan
      ? { suggestedMin: (low + high - minSpan) / 2, suggestedMax: (low + high + minSpan) / 2 }
      : {};
  return {
    type: 'line',
    data: {
      labels,
      datasets: sets.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.colour,
        backgroundColor: s.colour,
        borderWidth: s.bold ? 3 : 1.5,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: few ? (s.bold ? 5 : 3.5) : 0,
        pointHitRadius: 6,
        spanGaps: true,
        tension: 0.15,
      })),
    },
    options: {
      responsive: true,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10, font: { size: 11 } } },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label ?? ''}: ${yTick(Number(ctx.parsed.y))}`,
          },
        },
      },
      scales: {
        x: { offset: few, ticks: { maxRotation: 0, autoSkip: true, font: { size: 10 } } },
        y: { ...widen, ticks: { callback: distinctTicks(yTick), font: { size: 10 } } },
      },
    },
  };
}

/**
 * A tick callback that labels each run of ticks rounding to the same text once, at the run's
 * middle tick (the one nearest the rounded value); the others get null, which hides them.
 */
export function distinctTicks(
  format: (v: number) => string,
): (value: number | string, index: number, ticks: { value: number }[]) => string | null {
  return (value, index, ticks) => {
    const text = format(Number(value));
    const same = (k: number): boolean => ticks[k] !== undefined && format(ticks[k].value) === text;
    let first = index;
    while (first > 0 && same(first - 1)) first -= 1;
    let last = index;
    while (last < ticks.length - 1 && same(last + 1)) last += 1;
    return index === Math.floor((first + last) / 2) ? text : null;
  };
}

export interface FloatBar {
  label: string;
  from: number;
  to: number;
  colour: string;
}

/** Floating horizontal bars (a waterfall): the configuration report/BarsFigure.tsx draws. */
export function floatingBarsConfig(
  title: string,
  bars: FloatBar[],
  xTick: (v: number) => string,
  tooltip: (i: number) => string,
): ChartConfiguration<'bar', [number, number][]> {
  const lo = Math.min(...bars.map((b) => Math.min(b.from, b.to)));
  const hi = Math.max(...bars.map((b) => Math.max(b.from, b.to)));
  const steps = bars.slice(1, -1);
  const stepLo = Math.min(
    ...steps.map((b) => Math.min(b.from, b.to)),
    bars[0]!.to,
    bars.at(-1)!.to,
  );
  const pad = Math.max(0.2, (hi - stepLo) * 0.15);
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: title,
          data: bars.map((b) => [b.from, b.to] as [number, number]),
          backgroundColor: bars.map((b) => b.colour),
          borderSkipped: false,
          minBarLength: 2,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => tooltip(ctx.dataIndex) } },
      },
      scales: {
        // Zoom on the steps: the before/after bars run off the left edge, as in print waterfalls.
        x: {
          min: Math.max(lo, stepLo - pad),
          max: hi + pad,
          ticks: { callback: (v) => xTick(Number(v)), font: { size: 10 } },
        },
        y: { ticks: { font: { size: 11 } } },
      },
    },
  };
}
