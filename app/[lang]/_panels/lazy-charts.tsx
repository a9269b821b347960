'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { KrsTrendChart } from '@/components/charts/krs-trend-chart';
import type { PrevalenceChart } from '@/components/charts/prevalence-chart';
import type { RiskFactorChart } from '@/components/charts/risk-factor-chart';
import { WhenVisible } from '@/components/ui/when-visible';

// The overview's charts load after hydration, and only when scrolled near: Recharts is the
// largest part of the page's JavaScript, and the panels already render their numbers and
// tables on the server. Each placeholder reserves the chart's height so nothing moves.

function TrendPlaceholder() {
  return <div className="chart-box" style={{ height: 300 }} />;
}

function PrevalencePlaceholder() {
  return <div className="chart-box" style={{ height: 320 }} />;
}

// A chunk that cannot be fetched (offline before the chart was ever scrolled to) leaves the
// placeholder: the panel keeps its server-rendered numbers and table instead of an error box.
function Nothing() {
  return null;
}

const TrendLoader = dynamic(
  () => import('@/components/charts/krs-trend-chart').then((m) => m.KrsTrendChart).catch(() => TrendPlaceholder),
  {
    ssr: false,
    loading: TrendPlaceholder,
  },
);
const PrevalenceLoader = dynamic(
  () => import('@/components/charts/prevalence-chart').then((m) => m.PrevalenceChart).catch(() => PrevalencePlaceholder),
  {
    ssr: false,
    loading: PrevalencePlaceholder,
  },
);
const RiskFactorLoader = dynamic(
  () => import('@/components/charts/risk-factor-chart').then((m) => m.RiskFactorChart).catch(() => Nothing),
  {
    ssr: false,
  },
);

export function LazyKrsTrendChart(props: ComponentProps<typeof KrsTrendChart>) {
  return (
    <WhenVisible fallback={<TrendPlaceholder />}>
      <TrendLoader {...props} />
    </WhenVisible>
  );
}

export function LazyPrevalenceChart(props: ComponentProps<typeof PrevalenceChart>) {
  return (
    <WhenVisible fallback={<PrevalencePlaceholder />}>
      <PrevalenceLoader {...props} />
    </WhenVisible>
  );
}

/** Rows of 46 px plus the axis, as the chart draws them. */
export function LazyRiskFactorChart(props: ComponentProps<typeof RiskFactorChart>) {
  return (
    <div style={{ minHeight: props.rows.length * 46 + 36 }}>
      <WhenVisible>
        <RiskFactorLoader {...props} />
      </WhenVisible>
    </div>
  );
}
