import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DataTable } from '@/components/charts/data-table';
import styles from '@/components/explore/explore.module.css';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { Panel, PanelSkeleton } from '@/components/ui/panel';
import { PanelErrorBoundary } from '@/components/ui/panel-error-boundary';
import { configuredRegionCode, getDb } from '@/db/server';
import { getRegion, getRegionPath } from '@/lib/cache/queries';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, href, isLang, type Lang } from '@/lib/i18n';
import { getMap } from '@/lib/privacy/public-queries';
import { formatSuppressible } from '@/lib/privacy/suppress';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { editionLabel } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';
import { HeadlinePanel } from '../../_panels/headline-panel';
import { ProgrammesPanel } from '../../_panels/programmes-panel';
import { RiskFactorPanel } from '../../_panels/risk-factor-panel';
import { TrendPanel } from '../../_panels/trend-panel';

// /wilayah/[code]: everything about one kecamatan or kelurahan, reusing the overview's
// panels for that region, plus its rank among its siblings and the table of its children.
export const dynamic = 'force-dynamic';

const codePattern = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;

async function regionOf(code: string) {
  if (!codePattern.test(code) || !code.startsWith(configuredRegionCode)) return null;
  return getRegion(await getDb(), code).catch(() => null);
}

export async function generateMetadata({ params }: PageProps<'/[lang]/wilayah/[code]'>): Promise<Metadata> {
  const { code } = await params;
  const region = await regionOf(decodeURIComponent(code));
  return { title: region?.name };
}

export default async function RegionProfilePage({ params }: PageProps<'/[lang]/wilayah/[code]'>) {
  const { lang, code: raw } = await params;
  if (!isLang(lang)) notFound();
  const code = decodeURIComponent(raw);
  const region = await regionOf(code);
  if (!region) notFound();
  const t = getDictionary(lang);
  const path = await getRegionPath(await getDb(), code, configuredRegionCode);

  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <nav className={styles.breadcrumb} aria-label={t.explore.breadcrumb}>
          <ol>
            {path.map((r) => (
              <li key={r.code}>
                {r.code === code ? (
                  <span aria-current="page">{r.name}</span>
                ) : (
                  <Link href={href(lang, r.code === configuredRegionCode ? '/' : `/wilayah/${r.code}`)}>{r.name}</Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <h1>{region.name}</h1>
        <p>
          <Link href={href(lang, `/peta?region=${region.parentCode ?? configuredRegionCode}&select=${code}`)}>
            {t.explore.wilayah.openMap}
          </Link>{' '}
          · <Link href={href(lang, `/tren?region=${code}`)}>{t.explore.wilayah.openTrend}</Link>
        </p>
      </header>
      <div className="grid">
        <PanelErrorBoundary lang={lang} title={t.headline.title}>
          <Suspense fallback={<PanelSkeleton title={t.headline.title} height={140} wide />}>
            <HeadlinePanel lang={lang} region={code} />
          </Suspense>
        </PanelErrorBoundary>
        <Suspense fallback={<PanelSkeleton height={120} />}>
          <SiblingRank lang={lang} code={code} parent={region.parentCode} />
        </Suspense>
        <PanelErrorBoundary lang={lang} title={t.trend.title}>
          <Suspense fallback={<PanelSkeleton title={t.trend.title} height={380} />}>
            <TrendPanel lang={lang} region={code} />
          </Suspense>
        </PanelErrorBoundary>
        <PanelErrorBoundary lang={lang} title={t.risk.title}>
          <Suspense fallback={<PanelSkeleton title={t.risk.title} height={380} />}>
            <RiskFactorPanel lang={lang} region={code} />
          </Suspense>
        </PanelErrorBoundary>
        {region.level !== 'village' ? (
          <Suspense fallback={<PanelSkeleton height={300} wide />}>
            <ChildrenTable lang={lang} code={code} />
          </Suspense>
        ) : null}
        <PanelErrorBoundary lang={lang} title={t.interventions.programmesTitle}>
          <Suspense fallback={<PanelSkeleton title={t.interventions.programmesTitle} height={240} wide />}>
            <ProgrammesPanel lang={lang} region={code} />
          </Suspense>
        </PanelErrorBoundary>
      </div>
    </div>
  );
}

/** Where the region stands among the children of its parent, by the KRS rate of the latest edition. */
async function SiblingRank({ lang, code, parent }: { lang: Lang; code: string; parent: string | null }) {
  if (!parent) return null;
  const map = await getMap(await getDb(), { indicator: 'krs_families', parent, period: 'latest' }, await viewerPrivacy());
  const ranked = rankBy(map.features, (f) => f.properties.rate, { name: (f) => f.properties.name });
  const position = ranked.findIndex((f) => f.id === code);
  const own = ranked[position];
  if (!own || own.properties.rate === null) return null;
  const t = getDictionary(lang).explore;
  return (
    <Panel id="rank" title={t.wilayah.rankTitle}>
      <p>
        <strong>{formatPercent(own.properties.rate, lang, 1)}</strong> ({map.meta.period}){' '}
        {own.properties.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
      </p>
      <p>{fill(t.wilayah.rank, { rank: position + 1, count: ranked.filter((f) => f.properties.rate !== null).length })}</p>
    </Panel>
  );
}

/** The children of a kecamatan (or the kab/kota) with their KRS count and rate, linking to their profiles. */
async function ChildrenTable({ lang, code }: { lang: Lang; code: string }) {
  const map = await getMap(await getDb(), { indicator: 'krs_families', parent: code, period: 'latest' }, await viewerPrivacy());
  const t = getDictionary(lang);
  const ranked = rankBy(map.features, (f) => f.properties.rate, { name: (f) => f.properties.name });
  return (
    <Panel id="children" title={t.explore.wilayah.children} wide>
      <DataTable
        caption={`${t.map.legendTitle} · ${map.meta.period ?? '–'} · ${map.meta.edition ? editionLabel(map.meta.edition, lang) : ''}`}
        columns={[
          { key: 'name', label: t.explore.colRegion },
          { key: 'value', label: t.map.colKrs, numeric: true },
          { key: 'rate', label: t.explore.colRate, numeric: true },
        ]}
        rows={ranked.map((f) => ({
          key: f.id,
          name: <Link href={href(lang, `/wilayah/${f.id}`)}>{f.properties.name}</Link>,
          value: formatSuppressible(f.properties.value, f.properties.suppressed, (n) => formatNumber(n, lang)),
          rate: formatSuppressible(f.properties.rate, f.properties.suppressed, (n) => formatPercent(n, lang, 1), t.map.noData),
        }))}
      />
    </Panel>
  );
}
