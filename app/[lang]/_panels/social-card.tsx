import 'server-only';
import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { connection } from 'next/server';

import { configuredRegionCode, getDb } from '@/db/server';
import { getMap, getRegion } from '@/lib/cache/queries';
import { latestValued } from '@/lib/compare';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, isLang, type Lang } from '@/lib/i18n';
import { editionLabel, pointEdition } from '@/lib/provenance';
import { getKrsSeries } from './data';

// Social preview images (Open Graph / Twitter) of the shareable views: the headline figure,
// the view's title and the figure's source. next/og's bundled font only: nothing is fetched.

export const socialCardSize = { width: 1200, height: 630 };

type Card = { region: string; title: string; figure: string; caption: string; source: string; illustrative: boolean };

function render(lang: Lang, card: Card) {
  const t = getDictionary(lang);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#ffffff',
        color: '#1d2230',
        borderTop: '24px solid #1b5e96',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 30, color: '#555b6a' }}>
        <div style={{ display: 'flex' }}>{`${t.meta.title} · ${card.region}`}</div>
        <div style={{ display: 'flex', fontSize: 48, color: '#123f66', marginTop: 12 }}>{card.title}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 120, color: '#1b5e96', lineHeight: 1 }}>{card.figure}</div>
        <div style={{ display: 'flex', fontSize: 34, marginTop: 16 }}>{card.caption}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 24, color: '#555b6a' }}>
        <div style={{ display: 'flex' }}>{card.source}</div>
        {card.illustrative ? (
          <div style={{ display: 'flex', color: '#7a3d00', marginTop: 6 }}>{t.common.illustrativeTitle}</div>
        ) : null}
      </div>
    </div>,
    socialCardSize,
  );
}

function emptyCard(lang: Lang, region: string, title: string): Card {
  return { region, title, figure: '–', caption: getDictionary(lang).common.noData, source: '', illustrative: false };
}

/** Families at risk in `region` (latest edition): the overview, the trend view and region profiles. */
export async function krsCard(rawLang: string, regionCode: string, title: (t: ReturnType<typeof getDictionary>) => string) {
  await connection();
  const lang: Lang = isLang(rawLang) ? rawLang : 'id';
  const t = getDictionary(lang);
  const region = await getRegion(await getDb(), regionCode).catch(() => notFound());
  const series = await getKrsSeries(regionCode);
  const last = latestValued(series.points);
  if (!last) return render(lang, emptyCard(lang, region.name, title(t)));
  const edition = pointEdition(series, last);
  return render(lang, {
    region: region.name,
    title: title(t),
    figure: formatNumber(last.value, lang),
    caption: fill(t.headline.caption, { edition: last.edition }),
    source: `${t.common.source}: ${edition.sourceName[lang]} · ${fill(t.common.dataPer, { date: formatDate(edition.releasedOn, lang) })}`,
    illustrative: last.origin === 'illustrative',
  });
}

/** The map view: the kecamatan with the highest KRS rate. */
export async function mapCard(rawLang: string) {
  await connection();
  const lang: Lang = isLang(rawLang) ? rawLang : 'id';
  const t = getDictionary(lang);
  const db = await getDb();
  const [region, map] = await Promise.all([
    getRegion(db, configuredRegionCode),
    getMap(db, { indicator: 'krs_families', parent: configuredRegionCode, period: 'latest' }),
  ]);
  const highest = map.features
    .filter((f) => f.properties.rate !== null)
    .sort((a, b) => (b.properties.rate ?? 0) - (a.properties.rate ?? 0))[0];
  const edition = map.meta.edition;
  if (!highest || highest.properties.rate === null || !edition) return render(lang, emptyCard(lang, region.name, t.map.title));
  return render(lang, {
    region: region.name,
    title: t.map.title,
    figure: formatPercent(highest.properties.rate, lang, 1),
    caption: `${highest.properties.name} · ${editionLabel(edition, lang)}`,
    source: `${t.common.source}: ${edition.sourceName[lang]} · ${fill(t.common.dataPer, { date: formatDate(edition.releasedOn, lang) })}`,
    illustrative: map.features.some((f) => f.properties.origin === 'illustrative'),
  });
}
