'use client';

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTicks, niceMax } from '@/lib/chart-data';
import type { WaterfallStep } from '@/lib/explore/waterfall';
import { formatNumber, formatSignedNumber } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, chartMargin, tooltipStyle } from './chart-theme';

const stepColors = {
  start: chartColors.series,
  end: chartColors.series,
  fall: '#009e73',
  rise: '#d55e00',
  unallocated: '#9aa0ad',
};

/** A waterfall: the first total, one floating bar per part's change, the last total. */
export function WaterfallChart({
  lang,
  steps,
  label,
  height = 340,
}: {
  lang: Lang;
  steps: WaterfallStep[];
  label: string;
  height?: number;
}) {
  const data = steps.map((s) => ({ ...s, range: [Math.min(s.from, s.to), Math.max(s.from, s.to)] as [number, number] }));
  const yMax = niceMax(steps.map((s) => Math.max(s.from, s.to)));
  const color = (s: WaterfallStep) =>
    s.kind === 'change' ? (s.value < 0 ? stepColors.fall : stepColors.rise) : stepColors[s.kind];
  return (
    <ChartContainer height={height} label={label}>
      {({ width }) => (
        <BarChart width={width} height={height} data={data} margin={chartMargin} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis dataKey="name" tick={axisTick} interval={0} angle={-20} textAnchor="end" height={60} />
          <YAxis
            domain={[0, yMax]}
            ticks={axisTicks(yMax)}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            tick={axisTick}
            width={64}
          />
          <Tooltip
            {...tooltipStyle}
            formatter={(_, __, item) => {
              const s = item.payload as WaterfallStep;
              return [
                s.kind === 'change' || s.kind === 'unallocated' ? formatSignedNumber(s.value, lang) : formatNumber(s.value, lang),
                '',
              ];
            }}
          />
          <Bar dataKey="range" isAnimationActive={false}>
            {data.map((s) => (
              <Cell key={s.code} fill={color(s)} />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartContainer>
  );
}
