'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { timeDomain, yearTicks } from '@/lib/chart-data';
import { factorColor } from '@/lib/explore/factor-colors';
import { formatPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { ChartContainer } from './chart-container';
import { axisTick, chartColors, yearAxisProps } from './chart-theme';

export type FactorSeries = { code: string; name: string; points: { x: number; share: number | null; edition: string }[] };

/** One small chart per risk factor on a shared scale and time axis, each factor in its own colour. */
export function FactorMultiples({ lang, factors, label }: { lang: Lang; factors: FactorSeries[]; label: string }) {
  const xs = factors.flatMap((f) => f.points.map((p) => p.x));
  const domain = timeDomain(xs);
  const yMax = Math.max(10, Math.ceil(Math.max(0, ...factors.flatMap((f) => f.points.map((p) => p.share ?? 0))) / 10) * 10);
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
            label={`${f.name}: ${f.points.map((p) => `${p.edition} ${p.share === null ? '–' : formatPercent(p.share, lang, 1)}`).join(', ')}`}
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
                <YAxis domain={[0, yMax]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} width={40} />
                <Line
                  dataKey="share"
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
