import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/explore/explore.module.css';
import { ExploreProviders } from '@/components/explore/explore-providers';
import { configuredRegionCode, getDb } from '@/db/server';
import { getIndicator, listAnnotations, listIndicators, listRegions, listTargets } from '@/lib/cache/queries';
import { exploreKeys } from '@/lib/explore/query-keys';
import { prefetchExplore } from '@/lib/explore/server-cache';
import { getDictionary, isLang } from '@/lib/i18n';
import { getSeries } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { TrendExplorer } from './client';
import { loadTrendState } from './search-params';

// /tren: one indicator over time for one or several regions, with targets and the glide path.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/tren'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? getDictionary(lang).explore.tren.title : undefined };
}

export default async function TrendPage({ params, searchParams }: PageProps<'/[lang]/tren'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang).explore;
  const state = await loadTrendState(searchParams);
  const db = await getDb();
  const privacy = await viewerPrivacy();
  const region = state.region ?? configuredRegionCode;
  const dehydrated = await prefetchExplore(async (client) => {
    const first = await client.fetchQuery({
      queryKey: exploreKeys.series({ indicator: state.indicator, region, source: state.source }),
      queryFn: () => getSeries(db, { indicator: state.indicator, region, source: state.source ?? undefined }, privacy),
    });
    const source = first.source;
    await Promise.all(
      state.compare.map((code) =>
        client.fetchQuery({
          queryKey: exploreKeys.series({ indicator: state.indicator, region: code, source }),
          queryFn: () => getSeries(db, { indicator: state.indicator, region: code, source: source ?? undefined }, privacy),
        }),
      ),
    );
  });
  const [indicator, indicators, targets, annotations, districts] = await Promise.all([
    getIndicator(db, state.indicator),
    listIndicators(db),
    listTargets(db, { indicator: state.indicator, region }),
    listAnnotations(db, { region, indicator: state.indicator }),
    listRegions(db, { parent: configuredRegionCode }),
  ]);
  const villages = await Promise.all(districts.map((d) => listRegions(db, { parent: d.code })));
  const root = (await listRegions(db, { parent: configuredRegionCode.slice(0, 2) })).find((r) => r.code === configuredRegionCode);

  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <h1>{t.tren.title}</h1>
        <p className="muted">{t.tren.intro}</p>
      </header>
      <ExploreProviders>
        <HydrationBoundary state={dehydrated}>
          <TrendExplorer
            lang={lang}
            root={configuredRegionCode}
            indicator={indicator}
            indicators={indicators.map((i) => ({ code: i.code, name: i.name[lang] }))}
            regionGroups={[
              { label: root?.name ?? configuredRegionCode, regions: root ? [root, ...districts] : districts },
              ...districts.map((d, i) => ({ label: d.name, regions: villages[i] ?? [] })),
            ]}
            targets={targets}
            annotations={annotations}
          />
        </HydrationBoundary>
      </ExploreProviders>
    </div>
  );
}
