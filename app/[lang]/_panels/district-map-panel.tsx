import { DataTable } from '@/components/charts/data-table';
import { ShareMenu } from '@/components/charts/share-menu';
import { panelEmbedPath } from '@/components/embed/panel-embed';
import { MapLegend } from '@/components/map/map-legend';
import { MapPanel } from '@/components/map/map-panel';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { classify } from '@/lib/classify';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { getMap } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { anyIllustrative } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';

const MAP_HEIGHT = 360;

/** KRS rate per kecamatan: choropleth (client), legend and ranked table (server). */
export async function DistrictMapPanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const map = await getMap(await getDb(), { indicator: 'krs_families', parent: region, period: 'latest' }, await viewerPrivacy());
  const features = map.features;
  const hasData = features.some((f) => f.properties.value !== null || f.properties.rate !== null);
  if (!hasData) {
    return (
      <Panel id="map" title={t.map.title} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }

  const classification = classify(
    features.map((f) => f.properties.rate),
    { method: 'quantile', classes: 5 },
  );
  const illustrative = anyIllustrative(features.map((f) => f.properties.origin));
  const ranked = rankBy(features, (f) => f.properties.rate ?? null, { name: (f) => f.properties.name });
  const rated = ranked.filter((f) => f.properties.rate !== null);
  const highest = rated.at(0);
  const lowest = rated.at(-1);
  const drawable = features.some((f) => f.geometry);
  const withoutBoundary = features.filter((f) => map.meta.regionsWithoutBoundary.includes(f.id)).map((f) => f.properties.name);

  return (
    <Panel id="map" title={t.map.title} wide badges={illustrative ? <IllustrativeBadge lang={lang} /> : null}>
      {highest && lowest ? (
        <p className="summary">
          {fill(t.portal.a11y.mapSummary, {
            highest: highest.properties.name,
            highestRate: formatPercent(highest.properties.rate as number, lang, 1),
            lowest: lowest.properties.name,
            lowestRate: formatPercent(lowest.properties.rate as number, lang, 1),
          })}
        </p>
      ) : null}
      <div className="map-layout">
        <div className="map-column">
          {drawable ? (
            <MapPanel
              deferred
              lang={lang}
              height={MAP_HEIGHT}
              label={t.map.chartLabel}
              features={features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }))}
              classification={classification}
              labels={{
                rate: t.map.tooltipRate,
                count: t.map.tooltipCount,
                noData: t.map.noData,
                illustrative: t.common.illustrative,
              }}
            />
          ) : null}
          {map.meta.boundaryProvenance === 'approximate' ? <p className="boundary-note">{t.map.approximate}</p> : null}
          {withoutBoundary.length > 0 ? (
            <p className="muted">{fill(t.map.withoutBoundary, { names: withoutBoundary.join(', ') })}</p>
          ) : null}
          <MapLegend lang={lang} classification={classification} title={t.map.legendTitle} />
        </div>
        <div className="map-column">
          <h3 className="table-title">{t.map.tableTitle}</h3>
          <DataTable
            caption={t.map.tableCaption}
            columns={[
              { key: 'rank', label: t.map.colRank, numeric: true },
              { key: 'name', label: t.map.colName },
              { key: 'krs', label: t.map.colKrs, numeric: true },
              { key: 'rate', label: t.map.colRate, numeric: true },
            ]}
            rows={ranked.map((f, i) => ({
              key: f.id,
              rank: f.properties.rate === null ? '–' : formatNumber(i + 1, lang),
              name: (
                <>
                  {f.properties.name} {f.properties.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
                </>
              ),
              krs: f.properties.value === null ? '–' : formatNumber(f.properties.value, lang),
              rate: f.properties.rate === null ? t.map.noData : formatPercent(f.properties.rate, lang, 1),
            }))}
          />
        </div>
      </div>
      {map.meta.edition ? (
        <SourceNote
          lang={lang}
          edition={map.meta.edition}
          illustrative={map.features.some((f) => f.properties.origin === 'illustrative')}
        />
      ) : null}
      {map.meta.edition ? (
        <ShareMenu
          lang={lang}
          targetId="map"
          title={t.map.title}
          footer={sourceLines(lang, map.meta.edition, illustrative)}
          filename="krs-peta-kecamatan"
          embedPath={panelEmbedPath(lang, 'peta', region)}
        />
      ) : null}
    </Panel>
  );
}
