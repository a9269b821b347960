import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { FactorMultiples, type FactorSeries } from '@/components/charts/factor-multiples';
import { ShareMenu } from '@/components/charts/share-menu';
import { WaterfallChart } from '@/components/charts/waterfall-chart';
import styles from '@/components/explore/explore.module.css';
import { PeriodOptions } from '@/components/explore/options';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { configuredRegionCode, getDb } from '@/db/server';
import { getRegion, listIndicators, listRegions } from '@/lib/cache/queries';
import { type WaterfallStep, waterfall } from '@/lib/explore/waterfall';
import { formatNumber, formatPercent, formatSignedNumber } from '@/lib/format';
import { fill, getDictionary, href, isLang, type Lang } from '@/lib/i18n';
import { periodMidpoint } from '@/lib/period';
import { getMap, getMapTimeline, getSeries } from '@/lib/privacy/public-queries';
import { formatSuppressible } from '@/lib/privacy/suppress';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { anyIllustrative, editionLabel, pointEdition, shortFactorName } from '@/lib/provenance';
import { loadFactorState } from './search-params';

// /faktor: risk factors per edition as small multiples (share of KRS), and the waterfall of
// the KRS change between two editions by child region. Rendered on the server; the form
// below is a plain GET, so the URL is the view state and the page works without JavaScript.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/faktor'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? getDictionary(lang).explore.faktor.title : undefined };
}

export default async function FactorPage({ params, searchParams }: PageProps<'/[lang]/faktor'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang);
  const f = t.explore.faktor;
  const state = await loadFactorState(searchParams);
  const db = await getDb();
  const privacy = await viewerPrivacy();
  const regionCode = state.region ?? configuredRegionCode;
  const region = await getRegion(db, regionCode).catch(() => notFound());

  const [factors, interventions, krs, timeline, districts] = await Promise.all([
    listIndicators(db, { domain: 'risk_factor' }),
    listIndicators(db, { domain: 'intervention' }),
    getSeries(db, { indicator: 'krs_families', region: regionCode }, privacy),
    getMapTimeline(db, { indicator: 'krs_families', parent: regionCode, root: configuredRegionCode }, privacy),
    listRegions(db, { parent: configuredRegionCode }),
  ]);
  const factorSeries = await Promise.all(
    factors.map((i) => getSeries(db, { indicator: i.code, region: regionCode, source: krs.source ?? undefined }, privacy)),
  );
  // Interventions come from another source (the OPD reports): their own series, never mixed in.
  const interventionSeries = await Promise.all(
    interventions.map((i) => getSeries(db, { indicator: i.code, region: regionCode }, privacy)),
  );
  const interventionMultiples: FactorSeries[] = interventions.map((i, n) => ({
    code: i.code,
    name: i.name[lang],
    points: (interventionSeries[n]?.points ?? []).map((p) => ({
      x: periodMidpoint(p),
      edition: p.edition,
      value: p.value,
      suppressed: p.suppressed,
    })),
  }));
  const interventionPoints = interventionSeries.flatMap((s) => s.points);
  const interventionPeriods = [...new Set(interventionPoints.map((p) => p.period))].sort();
  const withPoints = interventionSeries.find((s) => s.points.length > 0);
  const lastIntervention = withPoints?.points.at(-1);
  const interventionEdition = withPoints && lastIntervention ? pointEdition(withPoints, lastIntervention) : null;
  const krsByEdition = new Map(krs.points.map((p) => [p.edition, p.value]));
  const multiples: FactorSeries[] = factors.map((i, n) => ({
    code: i.code,
    name: shortFactorName(i.name[lang]),
    points: (factorSeries[n]?.points ?? []).map((p) => {
      const base = krsByEdition.get(p.edition);
      return {
        x: periodMidpoint(p),
        edition: p.edition,
        value: p.value !== null && base ? (p.value / base) * 100 : null,
        suppressed: p.suppressed,
      };
    }),
  }));
  const editions = krs.points.map((p) => p.edition);

  // The waterfall compares two periods of the child map (first and last by default).
  const periods = timeline.periods;
  const from = periods.find((p) => p.period === state.from) ?? periods[0];
  const to = periods.find((p) => p.period === state.to) ?? periods.at(-1);
  const [startMap, endMap] =
    from && to && from.period !== to.period
      ? await Promise.all([
          getMap(db, { indicator: 'krs_families', parent: regionCode, period: from.period }, privacy),
          getMap(db, { indicator: 'krs_families', parent: regionCode, period: to.period }, privacy),
        ])
      : [null, null];
  const total = (period: string) => krs.points.find((p) => p.period === period)?.value ?? null;
  const startTotal = from ? total(from.period) : null;
  const endTotal = to ? total(to.period) : null;
  const fall =
    startMap && endMap && from && to && startTotal !== null && endTotal !== null
      ? waterfall(
          startMap.features.map((feature, i) => ({
            code: feature.id,
            name: feature.properties.name,
            start: feature.properties.value,
            end: endMap.features[i]?.properties.value ?? null,
          })),
          { start: startTotal, end: endTotal },
          {
            start: fill(f.start, { period: editionLabel(from, lang) }),
            end: fill(f.end, { period: editionLabel(to, lang) }),
            unallocated: f.unallocated,
          },
        )
      : null;

  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <h1>
          {f.title} · {region.name}
        </h1>
        <p className="muted">{f.intro}</p>
      </header>
      <Panel
        id="factor-multiples"
        title={f.multiplesTitle}
        wide
        badges={
          anyIllustrative(factorSeries.flatMap((s) => s.points.map((p) => p.origin))) ? <IllustrativeBadge lang={lang} /> : null
        }
      >
        <p className="note">{f.overlap}</p>
        {multiples.some((m) => m.points.length > 0) ? (
          <>
            <FactorMultiples lang={lang} factors={multiples} label={f.multiplesTitle} />
            <DataTable
              caption={f.multiplesTitle}
              collapsed={t.common.showTable}
              columns={[
                { key: 'factor', label: t.risk.colFactor },
                ...editions.map((e) => ({ key: e, label: e, numeric: true })),
              ]}
              rows={multiples.map((m) => ({
                key: m.code,
                factor: m.name,
                ...Object.fromEntries(
                  editions.map((e) => {
                    const p = m.points.find((q) => q.edition === e);
                    return [e, p?.value == null ? '–' : formatPercent(p.value, lang, 1)];
                  }),
                ),
              }))}
            />
          </>
        ) : (
          <EmptyState lang={lang} />
        )}
      </Panel>
      <Panel
        id="intervention-multiples"
        title={t.exploreFactors.interventionsTitle}
        wide
        badges={anyIllustrative(interventionPoints.map((p) => p.origin)) ? <IllustrativeBadge lang={lang} /> : null}
      >
        <p className="note">{t.exploreFactors.interventionsNote}</p>
        {interventionMultiples.some((m) => m.points.length > 0) ? (
          <>
            <FactorMultiples
              lang={lang}
              factors={interventionMultiples}
              label={t.exploreFactors.interventionsTitle}
              unit="count"
            />
            <DataTable
              caption={t.exploreFactors.interventionsTitle}
              collapsed={t.common.showTable}
              columns={[
                { key: 'intervention', label: t.exploreFactors.colIntervention },
                ...interventionPeriods.map((p) => ({ key: p, label: p, numeric: true })),
              ]}
              rows={interventionSeries.map((series, n) => ({
                key: series.indicator,
                intervention: interventions[n]?.name[lang] ?? series.indicator,
                ...Object.fromEntries(
                  interventionPeriods.map((period) => {
                    const p = series.points.findLast((q) => q.period === period);
                    return [period, formatSuppressible(p?.value ?? null, p?.suppressed, (n) => formatNumber(n, lang))];
                  }),
                ),
              }))}
            />
            {interventionEdition ? (
              <SourceNote
                lang={lang}
                edition={interventionEdition}
                illustrative={anyIllustrative(interventionPoints.map((p) => p.origin))}
              />
            ) : null}
          </>
        ) : (
          <EmptyState lang={lang} />
        )}
      </Panel>
      <Panel id="waterfall" title={f.waterfallTitle} wide>
        <form method="get" className={styles.controls}>
          <label>
            {t.explore.colRegion}
            <select name="region" defaultValue={regionCode}>
              <option value={configuredRegionCode}>{timeline.path[0]?.name ?? configuredRegionCode}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.from}
            <select name="from" defaultValue={from?.period}>
              <PeriodOptions periods={periods} lang={lang} />
            </select>
          </label>
          <label>
            {f.to}
            <select name="to" defaultValue={to?.period}>
              <PeriodOptions periods={periods} lang={lang} />
            </select>
          </label>
          <button type="submit" className="button">
            {f.apply}
          </button>
        </form>
        {fall && from && to ? (
          <>
            <WaterfallSummary lang={lang} steps={fall.steps} from={editionLabel(from, lang)} to={editionLabel(to, lang)} />
            <WaterfallChart
              lang={lang}
              steps={fall.steps}
              label={fill(f.waterfallLabel, { from: editionLabel(from, lang), to: editionLabel(to, lang) })}
            />
            {fall.missing.length > 0 ? <p className="muted">{fill(f.missing, { names: fall.missing.join(', ') })}</p> : null}
            <DataTable
              caption={fill(f.waterfallLabel, { from: editionLabel(from, lang), to: editionLabel(to, lang) })}
              columns={[
                { key: 'name', label: t.explore.colRegion },
                { key: 'change', label: f.change, numeric: true },
                { key: 'level', label: t.explore.colValue, numeric: true },
              ]}
              rows={fall.steps.map((s) => ({
                key: s.code,
                name: s.name,
                change: s.kind === 'change' || s.kind === 'unallocated' ? formatSignedNumber(s.value, lang) : '',
                level: formatNumber(s.to, lang),
              }))}
            />
            {endMap?.meta.edition ? (
              <SourceNote
                lang={lang}
                edition={endMap.meta.edition}
                illustrative={anyIllustrative(endMap.features.map((x) => x.properties.origin))}
              />
            ) : null}
            {endMap?.meta.edition ? (
              <ShareMenu
                lang={lang}
                targetId="waterfall"
                title={fill(f.waterfallLabel, { from: editionLabel(from, lang), to: editionLabel(to, lang) })}
                footer={sourceLines(lang, endMap.meta.edition, anyIllustrative(endMap.features.map((x) => x.properties.origin)))}
                filename="krs-waterfall"
                embedPath={href(lang, '/embed/faktor')}
                embedQuery
              />
            ) : null}
          </>
        ) : (
          <EmptyState lang={lang} />
        )}
      </Panel>
    </div>
  );
}

/** The waterfall in one sentence: where the total started and ended, and the part that moved most. */
function WaterfallSummary({ lang, steps, from, to }: { lang: Lang; steps: WaterfallStep[]; from: string; to: string }) {
  const start = steps.find((s) => s.kind === 'start');
  const end = steps.find((s) => s.kind === 'end');
  const largest = steps
    .filter((s) => s.kind === 'change')
    .reduce<WaterfallStep | null>((best, s) => (best && Math.abs(best.value) >= Math.abs(s.value) ? best : s), null);
  if (!start || !end || !largest) return null;
  return (
    <p className="summary">
      {fill(getDictionary(lang).portal.a11y.waterfallSummary, {
        start: formatNumber(start.value, lang),
        from,
        end: formatNumber(end.value, lang),
        to,
        name: largest.name,
        change: formatSignedNumber(largest.value, lang),
      })}
    </p>
  );
}
