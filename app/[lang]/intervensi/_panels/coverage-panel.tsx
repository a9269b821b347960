import { DataTable } from '@/components/charts/data-table';
import { MapLegend } from '@/components/map/map-legend';
import { MapPanel } from '@/components/map/map-panel';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import type { CoverageRow } from '@/lib/api/activities-schemas';
import { getMap } from '@/lib/cache/queries';
import { classify } from '@/lib/classify';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { anyIllustrative } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';
import { getCoverageCached, getDistrictsCached } from '../data';
import styles from '../intervensi.module.css';

const MAP_HEIGHT = 360;

/** Share of KRS not yet reached: null when KRS is unknown or zero. */
const gapShare = (r: CoverageRow) => (r.gap !== null && r.krs ? (100 * r.gap) / r.krs : null);

/** Coverage-gap map and table for the kelurahan of one kecamatan, with the kecamatan chooser. */
export async function CoveragePanel({
  lang,
  region,
  kecamatan,
  factor,
}: {
  lang: Lang;
  region: string;
  kecamatan: string | null;
  factor: string | null;
}) {
  const { interventions: t, map: m, common } = getDictionary(lang);
  const [coverage, districts] = await Promise.all([getCoverageCached(region), getDistrictsCached(region)]);
  const chosen = districts.find((d) => d.code === kecamatan);
  const title = fill(t.coverageTitle, { kecamatan: chosen?.name ?? '' });
  const rows = coverage.data.filter((r) => r.districtCode === chosen?.code);
  if (!chosen || rows.length === 0 || !coverage.krsEdition) {
    return (
      <Panel id="coverage" title={title} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const shapes = await getMap(await getDb(), { indicator: 'krs_families', parent: chosen.code, period: 'latest' });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const features = shapes.features.map((f) => {
    const r = byCode.get(f.id);
    return {
      id: f.id,
      geometry: f.geometry,
      properties: {
        ...f.properties,
        value: r?.gap ?? null,
        numerator: null,
        denominator: null,
        rate: r ? gapShare(r) : null,
        origin: r?.krsOrigin ?? null,
      },
    };
  });
  const classification = classify(
    features.map((f) => f.properties.rate),
    { method: 'quantile', classes: 5 },
  );
  const illustrative = anyIllustrative(rows.map((r) => r.krsOrigin));
  const count = (v: number | null) => (v === null ? t.noData : formatNumber(v, lang));
  const percent = (v: number | null) => (v === null ? t.noData : formatPercent(v, lang, 1));

  return (
    <Panel id="coverage" title={title} wide badges={illustrative ? <IllustrativeBadge lang={lang} /> : null}>
      <form method="get" className={styles.selector}>
        <label htmlFor="kec">{t.chooseKecamatan}</label>
        <select id="kec" name="kec" defaultValue={chosen.code}>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
        {factor ? <input type="hidden" name="factor" value={factor} /> : null}
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      <p className="note">{fill(t.coverageNote, { period: coverage.period ?? '–', edition: coverage.krsEdition.edition })}</p>
      <div className="map-layout">
        <div className="map-column">
          {features.some((f) => f.geometry) ? (
            <MapPanel
              lang={lang}
              height={MAP_HEIGHT}
              label={t.coverageMapLabel}
              features={features}
              classification={classification}
              labels={{ rate: t.colGapShare, count: t.colGap, noData: m.noData, illustrative: common.illustrative }}
            />
          ) : null}
          {shapes.meta.boundaryProvenance === 'approximate' ? <p className="boundary-note">{m.approximate}</p> : null}
          <MapLegend lang={lang} classification={classification} title={t.coverageLegend} />
        </div>
        <div className="map-column">
          <DataTable
            caption={fill(t.coverageTableCaption, { kecamatan: chosen.name })}
            columns={[
              { key: 'name', label: t.colKelurahan },
              { key: 'krs', label: t.colKrs, numeric: true },
              { key: 'reached', label: t.colReached, numeric: true },
              { key: 'coverage', label: t.colCoverage, numeric: true },
              { key: 'gap', label: t.colGap, numeric: true },
            ]}
            rows={rankBy(rows, (r) => r.gap, { name: (r) => r.name }).map((r) => ({
              key: r.code,
              name: r.name,
              krs: count(r.krs),
              reached: formatNumber(r.reached, lang),
              coverage: percent(r.coverage),
              gap: count(r.gap),
            }))}
          />
        </div>
      </div>
      <SourceNote lang={lang} edition={coverage.krsEdition} illustrative={illustrative} />
    </Panel>
  );
}

/** The kelurahan of the whole region with the most KRS not yet reached. */
export async function GapListPanel({ lang, region, limit = 10 }: { lang: Lang; region: string; limit?: number }) {
  const t = getDictionary(lang).interventions;
  const [coverage, districts] = await Promise.all([getCoverageCached(region), getDistrictsCached(region)]);
  const ranked = rankBy(
    coverage.data.filter((r) => r.gap !== null),
    (r) => r.gap,
    { name: (r) => r.name },
  ).slice(0, limit);
  if (ranked.length === 0 || !coverage.krsEdition) {
    return (
      <Panel id="gap" title={t.gapTitle} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const districtName = new Map(districts.map((d) => [d.code, d.name]));
  const illustrative = anyIllustrative(ranked.map((r) => r.krsOrigin));
  return (
    <Panel id="gap" title={t.gapTitle} wide badges={illustrative ? <IllustrativeBadge lang={lang} /> : null}>
      <DataTable
        caption={fill(t.gapCaption, { period: coverage.period ?? '–' })}
        columns={[
          { key: 'rank', label: '#', numeric: true },
          { key: 'name', label: t.colKelurahan },
          { key: 'district', label: t.colKecamatan },
          { key: 'krs', label: t.colKrs, numeric: true },
          { key: 'coverage', label: t.colCoverage, numeric: true },
          { key: 'gap', label: t.colGap, numeric: true },
        ]}
        rows={ranked.map((r, i) => ({
          key: r.code,
          rank: formatNumber(i + 1, lang),
          name: r.name,
          district: districtName.get(r.districtCode ?? '') ?? '–',
          krs: r.krs === null ? t.noData : formatNumber(r.krs, lang),
          coverage: r.coverage === null ? t.noData : formatPercent(r.coverage, lang, 1),
          gap: formatNumber(r.gap ?? 0, lang),
        }))}
      />
      <SourceNote lang={lang} edition={coverage.krsEdition} illustrative={illustrative} />
    </Panel>
  );
}
