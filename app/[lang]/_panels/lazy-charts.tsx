'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { KrsTrendChart } from '@/components/charts/krs-trend-chart';
import type { PrevalenceChart } from '@/components/charts/prevalence-chart';
import type { RiskFactorChart } from '@/components/charts/risk-factor-chart';

// The overview's charts load after hydration: Recharts is the largest part of the page's
// JavaScript, and the panels already render their numbers and tables on the server. Each
// placeholder reserves the chart's height so nothing moves when the chart arrives.

function TrendPlaceholder() {
  return <div className="chart-box" style={{ height: 300 }} />;
}

function PrevalencePlaceholder() {
  return <div className="chart-box" style={{ height: 320 }} />;
}

const TrendLoader = dynamic(() => import('@/components/charts/krs-trend-chart').then((m) => m.KrsTrendChart), {
  ssr: false,
  loading: TrendPlaceholder,
});
const PrevalenceLoader = dynamic(() => import('@/components/charts/prevalence-chart').then((m) => m.PrevalenceChart), {
  ssr: false,
  loading: PrevalencePlaceholder,
});
const RiskFactorLoader = dynamic(() => import('@/components/charts/risk-factor-chart').then((m) => m.RiskFactorChart), {
  ssr: false,
});

export function LazyKrsTrendChart(props: ComponentProps<typeof KrsTrendChart>) {
  return <TrendLoader {...props} />;
}

export function LazyPrevalenceChart(props: ComponentProps<typeof PrevalenceChart>) {
  return <PrevalenceLoader {...props} />;
}

/** Rows of 46 px plus the axis, as the chart draws them. */
export function LazyRiskFactorChart(props: ComponentProps<typeof RiskFactorChart>) {
  return (
    <div style={{ minHeight: props.rows.length * 46 + 36 }}>
      <RiskFactorLoader {...props} />
    </div>
  );
}
