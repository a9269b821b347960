'use client';

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTicks, niceMax, type TimelineEvent, timeDomain, yearTicks } from '@/lib/chart-data';
import { formatNumber } from '@/lib/format';
import type { TrackStatus } from '@/lib/glide-path';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, chartMargin, tooltipStyle, yearAxisProps } from './chart-theme';

/** Colour-blind-safe line colours (Okabe-Ito), one per compared region, in order. */
export const lineColors = ['#1b5e96', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;
const trackColors: Record<TrackStatus, string> = {
  baseline: '#4a4f5c',
  on_track: '#1a7f37',
  off_track: '#b42318',
  no_data: '#9aa0ad',
};

export type TrendLine = {
  code: string;
  name: string;
  points: { x: number; value: number | null; label: string; status: TrackStatus | null }[];
};

/**
 * Several regions on one real time axis (each point at the middle of its period, year
 * ticks), targets as hollow dots, the glide path dashed, and each point of the first line
 * filled green (on track) or red (off track) against it (in small multiples, each
 * chart's one line against its own path).
 */
export function TrendCompareChart({
  lang,
  lines,
  targets,
  glide,
  events,
  label,
  height = 340,
  percent,
  yMax: fixedMax,
}: {
  lang: Lang;
  lines: TrendLine[];
  targets: { x: number; value: number; label: string }[];
  glide: { x: number; value: number }[] | null;
  events: TimelineEvent[];
  label: string;
  height?: number;
  percent: boolean;
  /** a value axis shared by small multiples */
  yMax?: number;
}) {
  const xs = [...lines.flatMap((l) => l.points.map((p) => p.x)), ...targets.map((t) => t.x), ...events.map((e) => e.x)];
  const domain = timeDomain(xs);
  const yMax = fixedMax ?? niceMax([...lines.flatMap((l) => l.points.map((p) => p.value ?? 0)), ...targets.map((t) => t.value)]);
  const number = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang, percent ? 1 : { min: 0, max: 1 }) : '');
  return (
    <ChartContainer height={height} label={label}>
      {({ width }) => (
        <LineChart width={width} height={height} margin={{ ...chartMargin, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis {...yearAxisProps(domain, yearTicks(domain))} allowDuplicatedCategory={false} />
          <YAxis domain={[0, yMax]} ticks={axisTicks(yMax)} tickFormatter={number} tick={axisTick} width={56} />
          <Tooltip
            {...tooltipStyle}
            labelFormatter={(x) => {
              const point = lines.flatMap((l) => l.points).find((p) => p.x === x);
              return point?.label ?? '';
            }}
            formatter={(v, name) => [number(v), String(name)]}
          />
          {events.map((e) => (
            <ReferenceLine key={`${e.date}-${e.title}`} x={e.x} stroke={chartColors.event} strokeDasharray="4 4" />
          ))}
          {glide ? (
            <Line
              data={glide}
              dataKey="value"
              name="glide"
              stroke={chartColors.target}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
              legendType="none"
              tooltipType="none"
            />
          ) : null}
          {targets.map((t) => (
            <ReferenceDot
              key={t.label}
              x={t.x}
              y={t.value}
              r={6}
              fill="#ffffff"
              stroke={chartColors.target}
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          ))}
          {lines.map((line, i) => (
            <Line
              key={line.code}
              data={line.points}
              dataKey="value"
              name={line.name}
              stroke={lineColors[i % lineColors.length]}
              strokeWidth={2.5}
              isAnimationActive={false}
              connectNulls
              dot={(props: { cx?: number; cy?: number; index?: number }) => {
                const point = line.points[props.index ?? 0];
                const fill = i === 0 && point?.status ? trackColors[point.status] : lineColors[i % lineColors.length];
                return <circle key={`${line.code}-${props.index}`} cx={props.cx} cy={props.cy} r={5} fill={fill} stroke="#fff" />;
              }}
            />
          ))}
        </LineChart>
      )}
    </ChartContainer>
  );
}
