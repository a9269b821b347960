'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { niceMax, timeDomain, yearTicks } from '@/lib/chart-data';
import { factorColor } from '@/lib/explore/factor-colors';
import { formatNumber, formatPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { formatSuppressible } from '@/lib/privacy/suppress';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, yearAxisProps } from './chart-theme';

export type FactorSeries = {
  code: string;
  name: string;
  points: { x: number; value: number | null; edition: string; suppressed?: boolean }[];
};

/**
 * One small chart per risk factor (shares of KRS, on one shared scale) or per intervention
 * indicator (counts in different units, so each on its own scale from zero), on one time
 * axis, each in its own colour.
 */
export function FactorMultiples({
  lang,
  factors,
  label,
  unit = 'percent',
}: {
  lang: Lang;
  factors: FactorSeries[];
  label: string;
  unit?: 'percent' | 'count';
}) {
  const xs = factors.flatMap((f) => f.points.map((p) => p.x));
  const domain = timeDomain(xs);
  const maxOf = (list: FactorSeries[]) => Math.max(0, ...list.flatMap((f) => f.points.map((p) => p.value ?? 0)));
  const sharedMax = Math.max(10, Math.ceil(maxOf(factors) / 10) * 10);
  const yMax = (f: FactorSeries) => (unit === 'percent' ? sharedMax : niceMax(f.points.map((p) => p.value ?? 0)));
  const show = (v: number) => (unit === 'percent' ? formatPercent(v, lang, 1) : formatNumber(v, lang));
  return (
    <ul
      className="factor-multiples"
      aria-label={label}
      style={{
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
        listStyle: 'none',
        padding: 0,
      }}
    >
      {factors.map((f) => (
        <li key={f.code}>
          {/* The factor's colour as a swatch: coloured text would be too faint to read. */}
          <h3 style={{ fontSize: '0.95rem', margin: '0 0 0.25rem' }}>
            <span
              aria-hidden="true"
              style={{ display: 'inline-block', width: 12, height: 12, marginRight: 6, background: factorColor(f.code) }}
            />
            {f.name}
          </h3>
          <ChartContainer
            height={150}
            label={`${f.name}: ${f.points.map((p) => `${p.edition} ${formatSuppressible(p.value, p.suppressed, show)}`).join(', ')}`}
          >
            {({ width }) => (
              <LineChart
                width={width}
                height={150}
                data={f.points}
                margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke={chartColors.grid} vertical={false} />
                <XAxis {...yearAxisProps(domain, yearTicks(domain))} />
                <YAxis
                  domain={[0, yMax(f)]}
                  tickFormatter={(v: number) => (unit === 'percent' ? `${v}%` : formatNumber(v, lang))}
                  tick={axisTick}
                  width={unit === 'percent' ? 40 : 52}
                />
                <Line
                  dataKey="value"
                  stroke={factorColor(f.code)}
                  strokeWidth={2.5}
                  dot={{ r: 3, fill: factorColor(f.code) }}
                  isAnimationActive={false}
                  connectNulls
                />
              </LineChart>
            )}
          </ChartContainer>
        </li>
      ))}
    </ul>
  );
}
