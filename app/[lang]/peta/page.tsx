import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/explore/explore.module.css';
import { ExploreProviders } from '@/components/explore/explore-providers';
import { configuredRegionCode, getDb } from '@/db/server';
import { listIndicators } from '@/lib/cache/queries';
import { exploreKeys } from '@/lib/explore/query-keys';
import { prefetchExplore } from '@/lib/explore/server-cache';
import { getDictionary, isLang } from '@/lib/i18n';
import { getMap, getMapStatus, getMapTimeline } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { MapExplorer } from './client';
import { loadMapState, mapLevelOf } from './search-params';

// /peta: the map explorer. The view state is in the URL; the server renders it complete
// (map data, slider periods, table) and the client takes over from the same query keys.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/peta'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? getDictionary(lang).explore.peta.title : undefined };
}

export default async function MapPage({ params, searchParams }: PageProps<'/[lang]/peta'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang).explore;
  const state = await loadMapState(searchParams);
  const db = await getDb();
  const privacy = await viewerPrivacy();
  const parent = state.region ?? configuredRegionCode;
  const source = state.source ?? undefined;
  const indicators = await listIndicators(db);
  const level = mapLevelOf(parent, state.level);
  const mapArgs = { indicator: state.indicator, parent, source: state.source, level };
  const dehydrated = await prefetchExplore((client) =>
    Promise.all([
      client.fetchQuery({
        queryKey: exploreKeys.map({ ...mapArgs, period: state.period }),
        queryFn: () => getMap(db, { ...mapArgs, source, period: state.period }, privacy),
      }),
      state.compare
        ? client.fetchQuery({
            queryKey: exploreKeys.map({ ...mapArgs, period: state.compare }),
            queryFn: () => getMap(db, { ...mapArgs, source, period: state.compare as string }, privacy),
          })
        : null,
      state.mode === 'status'
        ? client.fetchQuery({
            queryKey: exploreKeys.status({ ...mapArgs, period: state.period }),
            queryFn: () => getMapStatus(db, { ...mapArgs, source, period: state.period }, privacy),
          })
        : null,
      client.fetchQuery({
        queryKey: exploreKeys.timeline(mapArgs),
        queryFn: () => getMapTimeline(db, { ...mapArgs, source, root: configuredRegionCode }, privacy),
      }),
    ]),
  );

  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <h1>{t.peta.title}</h1>
        <p className="muted">{t.peta.intro}</p>
      </header>
      <ExploreProviders>
        <HydrationBoundary state={dehydrated}>
          <MapExplorer
            lang={lang}
            root={configuredRegionCode}
            indicators={indicators.map((i) => ({ code: i.code, name: i.name[lang], unit: i.unit }))}
          />
        </HydrationBoundary>
      </ExploreProviders>
    </div>
  );
}
