'use client';

import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTicks, niceMax, type TimelineEvent, type TimelinePoint, timeDomain } from '@/lib/chart-data';
import { formatDate, formatNumber } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, chartMargin, shortLabel, tooltipStyle } from './chart-theme';

const Y_AXIS_WIDTH = 56;

/**
 * Families at risk per edition on a real time axis (each point at the middle of its
 * period), ticks named by edition, dated events as vertical lines. The axis always
 * reaches the events, even when they fall after the last edition.
 */
export function KrsTrendChart({
  lang,
  points,
  events,
  label,
  valueName,
  height = 300,
}: {
  lang: Lang;
  points: TimelinePoint[];
  events: TimelineEvent[];
  label: string;
  valueName: string;
  height?: number;
}) {
  const domain = timeDomain([...points.map((p) => p.x), ...events.map((e) => e.x)]);
  const editionAt = new Map(points.map((p) => [p.x, p.edition]));
  const yMax = niceMax(points.map((p) => p.value ?? 0));
  const number = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : '');

  return (
    <ChartContainer height={height} label={label}>
      {({ width }) => (
        <LineChart width={width} height={height} data={points} margin={{ ...chartMargin, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={points.map((p) => p.x)}
            interval={0}
            height={44}
            tick={(props: { x: number | string; y: number | string; payload: { value: number }; index: number }) => (
              // Editions can sit a few months apart: every other label drops a line so none overlap.
              <text x={Number(props.x)} y={Number(props.y) + (props.index % 2 === 1 ? 28 : 12)} textAnchor="middle" {...axisTick}>
                {editionAt.get(props.payload.value) ?? ''}
              </text>
            )}
          />
          <YAxis domain={[0, yMax]} ticks={axisTicks(yMax)} tickFormatter={number} tick={axisTick} width={Y_AXIS_WIDTH} />
          <Tooltip
            {...tooltipStyle}
            labelFormatter={(x) => {
              const point = points.find((p) => p.x === x);
              return point ? `${point.edition} · ${point.period}` : typeof x === 'number' ? formatDate(x, lang) : '';
            }}
            formatter={(v) => [number(v), valueName]}
          />
          {events.map((e) => (
            <ReferenceLine
              key={`${e.date}-${e.title}`}
              x={e.x}
              stroke={chartColors.event}
              strokeDasharray="4 4"
              label={(props: { viewBox?: { x?: number; y?: number; height?: number } }) => {
                // Written leftwards from the line along the bottom of the plot (the values sit
                // far above zero), shortened to the room between the line and the value axis.
                const x = props.viewBox?.x ?? 0;
                const bottom = (props.viewBox?.y ?? 0) + (props.viewBox?.height ?? 0);
                const room = Math.floor((x - (chartMargin.left + Y_AXIS_WIDTH) - 12) / 6.6);
                return (
                  <text x={x - 6} y={bottom - 8} textAnchor="end" fill={chartColors.event} fontSize={12}>
                    {shortLabel(e.title, Math.max(room, 8))}
                  </text>
                );
              }}
            />
          ))}
          <Line
            dataKey="value"
            name={valueName}
            stroke={chartColors.series}
            strokeWidth={2.5}
            dot={{ r: 4, fill: chartColors.series }}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
            connectNulls
          >
            <LabelList dataKey="value" position="top" formatter={number} fill="#1d2230" fontSize={12} offset={10} />
          </Line>
        </LineChart>
      )}
    </ChartContainer>
  );
}
