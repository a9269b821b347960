import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { PanelSkeleton } from '@/components/ui/panel';
import { PanelErrorBoundary } from '@/components/ui/panel-error-boundary';
import { configuredRegionCode } from '@/db/server';
import { getDictionary, isLang } from '@/lib/i18n';
import { ProgrammesPanel } from '../_panels/programmes-panel';
import { CoveragePanel, GapListPanel } from './_panels/coverage-panel';
import { DeliveryPanel } from './_panels/delivery-panel';
import { FactorPanel } from './_panels/factor-panel';
import { GentingPanel } from './_panels/genting-panel';
import { resolveKecamatan } from './data';
import styles from './intervensi.module.css';

// Interventions and aid: what was delivered where, who is not yet reached, and what moved.
// The URL holds the view (?kec=36.73.02&factor=krs_unsafe_water), so a copied link reproduces it.
export const dynamic = 'force-dynamic';

export default async function InterventionsPage({ params, searchParams }: PageProps<'/[lang]/intervensi'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang).interventions;
  const query = await searchParams;
  const region = configuredRegionCode;
  const kecamatan = await resolveKecamatan(region, typeof query.kec === 'string' ? query.kec : undefined);
  const factor = typeof query.factor === 'string' ? query.factor : null;

  const panels = [
    { key: 'programmes', title: t.programmesTitle, height: 280, node: <ProgrammesPanel lang={lang} region={region} /> },
    { key: 'genting', title: t.gentingHeading, height: 320, node: <GentingPanel lang={lang} region={region} /> },
    {
      key: 'coverage',
      title: t.title,
      height: 460,
      node: <CoveragePanel lang={lang} region={region} kecamatan={kecamatan} factor={factor} />,
    },
    { key: 'gap', title: t.gapTitle, height: 360, node: <GapListPanel lang={lang} region={region} /> },
    {
      key: 'factor',
      title: t.factorTitle,
      height: 360,
      node: <FactorPanel lang={lang} region={region} factor={factor} kecamatan={kecamatan} />,
    },
    {
      key: 'delivery',
      title: t.deliveryTitle,
      height: 360,
      node: <DeliveryPanel lang={lang} region={region} kecamatan={kecamatan} />,
    },
  ];
  return (
    <div className="grid">
      <header className="panel panel-wide">
        <h1>{t.title}</h1>
        <p className={styles.intro}>{t.intro}</p>
      </header>
      {panels.map((p) => (
        <PanelErrorBoundary key={p.key} lang={lang} title={p.title}>
          <Suspense fallback={<PanelSkeleton height={p.height} wide />}>{p.node}</Suspense>
        </PanelErrorBoundary>
      ))}
    </div>
  );
}
