// Shared look of every chart: colours (colour-blind-safe blue/orange pair), axis text and grid.

export const chartColors = {
  series: '#1b5e96',
  seriesFill: '#cfe0f0',
  target: '#c4490c',
  event: '#5b5b66',
  grid: '#e3e5ea',
  axis: '#4a4f5c',
  bar: '#1b5e96',
  barIllustrative: '#7fa7cb',
} as const;

export const axisTick = { fill: chartColors.axis, fontSize: 12 } as const;

export const chartMargin = { top: 24, right: 16, bottom: 8, left: 8 } as const;

export const tooltipStyle = {
  contentStyle: { borderRadius: 6, border: '1px solid #c9ccd3', fontSize: 13 },
  labelStyle: { fontWeight: 600, color: '#1d2230' },
} as const;

/** Shortens a long event title for a label drawn inside the plot; the full title is listed below the chart. */
export function shortLabel(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Props of a real time axis with one tick per year (points sit at the middle of their period). */
export function yearAxisProps(domain: [number, number], ticks: number[]) {
  return {
    dataKey: 'x',
    type: 'number' as const,
    scale: 'time' as const,
    domain,
    ticks,
    tickFormatter: (x: number) => String(new Date(x).getUTCFullYear()),
    tick: axisTick,
  };
}
