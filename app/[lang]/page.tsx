import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { PanelSkeleton } from '@/components/ui/panel';
import { PanelErrorBoundary } from '@/components/ui/panel-error-boundary';
import { configuredRegionCode } from '@/db/server';
import { getDictionary, isLang } from '@/lib/i18n';
import { AidSummaryPanel } from './_panels/aid-summary-panel';
import { DistrictMapPanel } from './_panels/district-map-panel';
import { HeadlinePanel } from './_panels/headline-panel';
import { PrevalencePanel } from './_panels/prevalence-panel';
import { RiskFactorPanel } from './_panels/risk-factor-panel';
import { TrendPanel } from './_panels/trend-panel';

// The overview: one panel per question, each streaming behind its own skeleton.
export const dynamic = 'force-dynamic';

export default async function OverviewPage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang);
  const region = configuredRegionCode;

  return (
    <div className="grid">
      <PanelErrorBoundary lang={lang} title={t.headline.title}>
        <Suspense fallback={<PanelSkeleton title={t.headline.title} height={140} wide />}>
          <HeadlinePanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
      <PanelErrorBoundary lang={lang} title={t.interventions.title}>
        <Suspense fallback={null}>
          <AidSummaryPanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
      <PanelErrorBoundary lang={lang} title={t.trend.title}>
        <Suspense fallback={<PanelSkeleton title={t.trend.title} height={380} />}>
          <TrendPanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
      <PanelErrorBoundary lang={lang} title={t.risk.title}>
        <Suspense fallback={<PanelSkeleton title={t.risk.title} height={380} />}>
          <RiskFactorPanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
      <PanelErrorBoundary lang={lang} title={t.map.title}>
        <Suspense fallback={<PanelSkeleton title={t.map.title} height={420} wide />}>
          <DistrictMapPanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
      <PanelErrorBoundary lang={lang} title={t.prevalence.title}>
        <Suspense fallback={<PanelSkeleton title={t.prevalence.title} height={400} wide />}>
          <PrevalencePanel lang={lang} region={region} />
        </Suspense>
      </PanelErrorBoundary>
    </div>
  );
}
