'use client';

import { CartesianGrid, LabelList, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTicks, niceMax, type TargetMark, type TimelinePoint, timeDomain, yearTicks } from '@/lib/chart-data';
import { formatPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer, COMPACT_WIDTH } from './chart-container';
import { axisTick, chartColors, chartMargin, tooltipStyle } from './chart-theme';

type LabelViewBox = { x?: number; y?: number; width?: number; height?: number };

/**
 * Survey prevalence as a line and each target as a hollow dot labelled with its value
 * and legal basis (the basis is left out on a phone; the panel lists it under the chart).
 * Labels alternate below and above, and the last one reads leftwards, so neighbouring
 * targets do not write over each other.
 */
export function PrevalenceChart({
  lang,
  points,
  targets,
  label,
  valueName,
  height = 320,
}: {
  lang: Lang;
  points: TimelinePoint[];
  targets: TargetMark[];
  label: string;
  valueName: string;
  height?: number;
}) {
  const domain = timeDomain([...points.map((p) => p.x), ...targets.map((t) => t.x)], 0.04);
  const yMax = niceMax([...points.map((p) => p.value ?? 0), ...targets.map((t) => t.value)]);
  const percent = (v: unknown) => (typeof v === 'number' ? formatPercent(v, lang, 1) : '');
  const year = (x: number) => String(new Date(x).getUTCFullYear());
  const sorted = [...targets].sort((a, b) => a.x - b.x);

  return (
    <ChartContainer height={height} label={label}>
      {({ width }) => {
        const compact = width < COMPACT_WIDTH;
        const lastIndex = points.length - 1;
        return (
          <LineChart
            width={width}
            height={height}
            data={points}
            margin={{ ...chartMargin, right: 20 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={domain}
              ticks={yearTicks(domain)}
              tickFormatter={year}
              tick={axisTick}
            />
            <YAxis
              domain={[0, yMax]}
              ticks={axisTicks(yMax)}
              tickFormatter={(v: number) => formatPercent(v, lang, { min: 0, max: 1 })}
              tick={axisTick}
              width={52}
            />
            <Tooltip
              {...tooltipStyle}
              labelFormatter={(x) => (typeof x === 'number' ? year(x) : '')}
              formatter={(v) => [percent(v), valueName]}
            />
            {sorted.map((t, i) => {
              const last = i === sorted.length - 1 && sorted.length > 1;
              const below = !last && i % 2 === 0;
              return (
                <ReferenceDot
                  key={`${t.period}-${t.legalBasis}`}
                  x={t.x}
                  y={t.value}
                  r={6}
                  fill="#ffffff"
                  stroke={chartColors.target}
                  strokeWidth={2.5}
                  label={(props: { viewBox?: LabelViewBox }) => {
                    const box = props.viewBox ?? {};
                    const cx = (box.x ?? 0) + (box.width ?? 0) / 2;
                    const cy = (box.y ?? 0) + (box.height ?? 0) / 2;
                    const anchor = last ? 'end' : 'middle';
                    const dx = last ? -10 : 0;
                    const y1 = below ? cy + 20 : cy - 24;
                    return (
                      <text x={cx + dx} y={y1} textAnchor={anchor} fill={chartColors.target} fontSize={12}>
                        <tspan x={cx + dx} fontWeight={600}>
                          {percent(t.value)}
                        </tspan>
                        {compact ? null : (
                          <tspan x={cx + dx} dy={14}>
                            {t.legalBasis}
                          </tspan>
                        )}
                      </text>
                    );
                  }}
                />
              );
            })}
            <Line
              dataKey="value"
              name={valueName}
              stroke={chartColors.series}
              strokeWidth={2.5}
              dot={{ r: 4, fill: chartColors.series }}
              isAnimationActive={false}
              connectNulls
            >
              <LabelList
                dataKey="value"
                position="top"
                // On a phone only the first and last survey values are written; the table has all.
                formatter={percent}
                content={
                  compact
                    ? (props) =>
                        props.index === 0 || props.index === lastIndex ? (
                          <text
                            x={Number(props.x ?? 0)}
                            y={Number(props.y ?? 0) - 10}
                            textAnchor="middle"
                            fill="#1d2230"
                            fontSize={12}
                          >
                            {percent(props.value)}
                          </text>
                        ) : null
                    : undefined
                }
                fill="#1d2230"
                fontSize={12}
                offset={10}
              />
            </Line>
          </LineChart>
        );
      }}
    </ChartContainer>
  );
}
