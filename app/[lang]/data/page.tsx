import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import styles from '@/components/explore/explore.module.css';
import { ExportTableView } from '@/components/explore/export-table';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote } from '@/components/metrics/source-note';
import { NotFoundError } from '@/db/queries/errors';
import type { TableReads } from '@/db/queries/explore-tables';
import { listDataSources } from '@/db/queries/sources';
import { configuredRegionCode, getDb } from '@/db/server';
import { type EditionRef, periodLabel } from '@/lib/api/schemas';
import { getExploreTable, getIndicator, listIndicators } from '@/lib/cache/queries';
import { apiUrl } from '@/lib/explore/query-keys';
import { formatDate } from '@/lib/format';
import { fill, getDictionary, href, isLang, type Lang } from '@/lib/i18n';
import { isOpenDataLevel, LICENCE, type OpenDataLevel, openDataLevels, openDataTableQuery, tableParams } from '@/lib/open-data';
import { InvalidPeriodError } from '@/lib/period';
import { getMap, getMapTimeline, getSeries } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { anyIllustrative, editionLabel } from '@/lib/provenance';
import own from './data.module.css';

// /data: every public indicator by region level and period, on screen and as CSV, XLSX and
// JSON (the same /api/v1/table rows), with its metadata, the ZIP of everything and the API page.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/data'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? getDictionary(lang).portal.title : undefined };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OpenDataPage({ params, searchParams }: PageProps<'/[lang]/data'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const query = await searchParams;
  const db = await getDb();
  const indicators = await listIndicators(db);
  const levelParam = one(query.level);
  const level: OpenDataLevel = isOpenDataLevel(levelParam) ? levelParam : 'kecamatan';
  const periodParam = one(query.period);
  const view = {
    indicator: one(query.indicator) ?? indicators[0]?.code ?? 'krs_families',
    level,
    period: periodLabel.safeParse(periodParam).success ? (periodParam as string) : 'latest',
    lang,
  };
  try {
    return await render(lang, view, indicators);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidPeriodError) notFound();
    throw error;
  }
}

async function render(
  lang: Lang,
  view: { indicator: string; level: OpenDataLevel; period: string; lang: Lang },
  indicators: Awaited<ReturnType<typeof listIndicators>>,
) {
  const t = getDictionary(lang).portal;
  const db = await getDb();
  const privacy = await viewerPrivacy();
  const root = configuredRegionCode;
  const tableQuery = openDataTableQuery(view, root);
  const reads: TableReads = {
    getMap: (d, params) => getMap(d, params, privacy),
    getSeries: (d, params) => getSeries(d, params, privacy),
  };
  const [indicator, { table, period }, sources, timeline] = await Promise.all([
    getIndicator(db, view.indicator),
    getExploreTable(db, tableQuery, reads),
    listDataSources(db),
    getMapTimeline(db, { indicator: view.indicator, parent: root, root, level: tableQuery.level }, privacy),
  ]);
  const { edition, illustrative } = await provenanceOf(tableQuery);
  const source = edition ? sources.find((s) => s.code === edition.source) : undefined;
  const download = tableParams(tableQuery);
  const periodShown = view.level === 'kota' ? t.levels.kota : (period ?? view.period);

  return (
    <div className={styles.explore}>
      <header className={styles.head}>
        <h1>{t.title}</h1>
        <p className="muted">{t.intro}</p>
        <p>
          <a className="button" href="/api/v1/download/all.zip" download>
            {t.zip}
          </a>{' '}
          <Link href={href(lang, '/data/api')}>{t.apiLink}</Link>
        </p>
      </header>

      <form method="get" className={styles.controls}>
        <label>
          {t.indicator}
          <select name="indicator" defaultValue={view.indicator}>
            {indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.level}
          <select name="level" defaultValue={view.level}>
            {openDataLevels.map((l) => (
              <option key={l} value={l}>
                {t.levels[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.period}
          <select name="period" defaultValue={view.period}>
            <option value="latest">{t.latest}</option>
            {timeline.periods.map((p) => (
              <option key={p.period} value={p.period}>
                {p.period}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>

      <section aria-labelledby="meta-title">
        <h2 id="meta-title">
          {t.metadata} {illustrative ? <IllustrativeBadge lang={lang} /> : null}
        </h2>
        <dl className={own.meta}>
          <dt>{t.definition}</dt>
          <dd>{indicator.description[lang]}</dd>
          <dt>{t.source}</dt>
          <dd>{edition ? `${edition.sourceName[lang]}${source ? ` (${source.owner})` : ''}` : t.noEdition}</dd>
          <dt>{t.edition}</dt>
          <dd>{edition ? editionLabel(edition, lang) : '–'}</dd>
          <dt>{t.date}</dt>
          <dd>{edition ? formatDate(edition.releasedOn, lang) : '–'}</dd>
          <dt>{t.method}</dt>
          <dd>{source?.method[lang] ?? '–'}</dd>
          <dt>{t.licence}</dt>
          <dd>
            <a href={LICENCE.url} rel="license">
              {fill(t.licenceText, { licence: LICENCE.name, source: edition?.sourceName[lang] ?? '' })}
            </a>
          </dd>
        </dl>
        <p className="muted">{getDictionary(lang).privacy.rule}</p>
      </section>

      <ExportTableView
        lang={lang}
        table={table}
        caption={fill(t.tableCaption, { indicator: indicator.name[lang], level: t.levels[view.level], period: periodShown })}
        download={download}
        json={t.downloadJson}
        rowKey={(row, i) => `${row.code ?? ''}-${row.period ?? ''}-${i}`}
      />
      {edition ? <SourceNote lang={lang} edition={edition} illustrative={illustrative} /> : null}

      <section aria-labelledby="all-title">
        <h2 id="all-title">{t.all}</h2>
        <p className="muted">{t.allIntro}</p>
        <AllDownloads lang={lang} indicators={indicators} root={root} />
      </section>
    </div>
  );

  /** The edition and illustrative flag of what the table shows (the latest point for the kab/kota over time). */
  async function provenanceOf(q: typeof tableQuery): Promise<{ edition: EditionRef | null; illustrative: boolean }> {
    if (q.view === 'trend') {
      const series = await getSeries(db, { indicator: q.indicator, region: q.region }, privacy);
      const last = series.points.at(-1);
      const name = series.sources.find((s) => s.code === last?.source)?.name;
      return {
        edition: last && name ? { ...last, sourceName: name } : null,
        illustrative: anyIllustrative(series.points.map((p) => p.origin)),
      };
    }
    const map = await getMap(db, { indicator: q.indicator, parent: q.region, period: q.period, level: q.level }, privacy);
    return { edition: map.meta.edition, illustrative: anyIllustrative(map.features.map((f) => f.properties.origin)) };
  }
}

function AllDownloads({
  lang,
  indicators,
  root,
}: {
  lang: Lang;
  indicators: Awaited<ReturnType<typeof listIndicators>>;
  root: string;
}) {
  const t = getDictionary(lang).portal;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t.all}</caption>
      <thead>
        <tr>
          <th scope="col">{t.indicator}</th>
          {openDataLevels.map((l) => (
            <th key={l} scope="col">
              {t.levels[l]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.code}>
            <th scope="row">{i.name[lang]}</th>
            {openDataLevels.map((level) => {
              const params = tableParams(openDataTableQuery({ indicator: i.code, level, period: 'latest', lang }, root));
              return (
                <td key={level}>
                  {(['csv', 'xlsx', 'json'] as const).map((format, n) => (
                    <span key={format}>
                      {n > 0 ? ' · ' : ''}
                      <a href={apiUrl('/api/v1/table', { ...params, format })}>{format.toUpperCase()}</a>
                    </span>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
