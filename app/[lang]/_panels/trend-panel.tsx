import { DataTable } from '@/components/charts/data-table';
import { ShareMenu } from '@/components/charts/share-menu';
import { panelEmbedPath } from '@/components/embed/panel-embed';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { listAnnotations } from '@/lib/cache/queries';
import { toEvents, toTimeline } from '@/lib/chart-data';
import { compareFirstLast, latestValued } from '@/lib/compare';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { formatSuppressible } from '@/lib/privacy/suppress';
import { anyIllustrative, pointEdition } from '@/lib/provenance';
import { getKrsSeries } from './data';
import { LazyKrsTrendChart } from './lazy-charts';

/** Families at risk across editions, with dated events (e.g. the GENTING meeting). */
export async function TrendPanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const [series, annotations] = await Promise.all([
    getKrsSeries(region),
    getDb().then((db) => listAnnotations(db, { region, indicator: 'krs_families' })),
  ]);
  const points = series.points.filter((p) => p.value !== null);
  const last = latestValued(points);
  if (!last) {
    return (
      <Panel id="trend" title={t.trend.title}>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const comparison = compareFirstLast(points, 'neutral');
  const events = toEvents(annotations, lang);

  return (
    <Panel
      id="trend"
      title={t.trend.title}
      badges={anyIllustrative(points.map((p) => p.origin)) ? <IllustrativeBadge lang={lang} /> : null}
    >
      {comparison ? (
        <p className="summary">
          {fill(t.trend.summary, {
            firstValue: formatNumber(comparison.first.value, lang),
            firstEdition: comparison.first.edition,
            lastValue: formatNumber(comparison.last.value, lang),
            lastEdition: comparison.last.edition,
          })}
        </p>
      ) : null}
      <LazyKrsTrendChart
        lang={lang}
        points={toTimeline(points)}
        events={events}
        label={t.trend.chartLabel}
        valueName={t.trend.valueName}
      />
      {events.length > 0 ? (
        <ul className="events" aria-label={t.trend.annotations}>
          {annotations.map((a) => (
            <li key={`${a.date}-${a.title.id}`}>
              <time dateTime={a.date}>{formatDate(a.date, lang)}</time>: {a.title[lang]}
            </li>
          ))}
        </ul>
      ) : null}
      <DataTable
        caption={t.trend.title}
        collapsed={t.common.showTable}
        columns={[
          { key: 'edition', label: t.trend.colEdition },
          { key: 'period', label: t.trend.colPeriod },
          { key: 'released', label: t.trend.colReleased },
          { key: 'value', label: t.trend.colValue, numeric: true },
          { key: 'rate', label: t.trend.colRate, numeric: true },
        ]}
        rows={points.map((p) => ({
          key: `${p.edition}-${p.period}`,
          edition: (
            <>
              {p.edition} {p.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
            </>
          ),
          period: p.period,
          released: formatDate(p.releasedOn, lang),
          value: formatSuppressible(p.value, p.suppressed, (n) => formatNumber(n, lang)),
          rate: formatSuppressible(p.rate, p.suppressed, (n) => formatPercent(n, lang, 2)),
        }))}
      />
      <SourceNote lang={lang} edition={pointEdition(series, last)} />
      <ShareMenu
        lang={lang}
        targetId="trend"
        title={t.trend.title}
        footer={sourceLines(lang, pointEdition(series, last), anyIllustrative(points.map((p) => p.origin)))}
        filename="krs-tren"
        embedPath={panelEmbedPath(lang, 'tren', region)}
      />
    </Panel>
  );
}
