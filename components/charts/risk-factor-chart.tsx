'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTicks } from '@/lib/chart-data';
import { factorColor } from '@/lib/explore/factor-colors';
import { formatPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, tooltipStyle } from './chart-theme';

export type RiskFactorBar = { code: string; name: string; share: number; illustrative: boolean };

const ROW_HEIGHT = 46;

/**
 * Share of families at risk with each factor, as horizontal bars (shares overlap, so no
 * total). Each factor's name sits above its bar, so long names need no side column and
 * the chart works at phone width. Each factor has its own colour, the same as on /faktor;
 * an illustrative figure is drawn pale with a dashed outline.
 */
export function RiskFactorChart({
  lang,
  rows,
  label,
  shareName,
}: {
  lang: Lang;
  rows: RiskFactorBar[];
  label: string;
  shareName: string;
}) {
  const percent = (v: unknown) => (typeof v === 'number' ? formatPercent(v, lang, 1) : '');
  const height = rows.length * ROW_HEIGHT + 36;
  const max = Math.max(10, Math.ceil(Math.max(...rows.map((r) => r.share)) / 10) * 10);
  return (
    <ChartContainer height={height} label={label}>
      {({ width }) => (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: 14, right: 52, bottom: 4, left: 14 }}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={chartColors.grid} horizontal={false} />
          <XAxis
            type="number"
            domain={[0, max]}
            ticks={axisTicks(max)}
            interval={0}
            tickFormatter={(v: number) => formatPercent(v, lang, { min: 0, max: 1 })}
            tick={axisTick}
          />
          <YAxis type="category" dataKey="name" hide />
          <Tooltip {...tooltipStyle} formatter={(v) => [percent(v), shareName]} cursor={{ fill: '#f1f3f6' }} />
          <Bar dataKey="share" name={shareName} isAnimationActive={false} barSize={16}>
            {rows.map((r) => (
              <Cell
                key={r.code}
                fill={factorColor(r.code)}
                fillOpacity={r.illustrative ? 0.55 : 1}
                stroke={factorColor(r.code)}
                strokeDasharray={r.illustrative ? '3 2' : undefined}
              />
            ))}
            <LabelList
              dataKey="name"
              content={(props) => (
                <text x={Number(props.x ?? 0)} y={Number(props.y ?? 0) - 5} fontSize={12.5} fill="#1d2230">
                  {props.value}
                </text>
              )}
            />
            <LabelList dataKey="share" position="right" formatter={percent} fill="#1d2230" fontSize={12} />
          </Bar>
        </BarChart>
      )}
    </ChartContainer>
  );
}
