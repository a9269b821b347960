import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { getObservationHistory } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { formatNumber } from '@/lib/format';
import { fill, getDictionary, isLang } from '@/lib/i18n';
import { InvalidPeriodError, parsePeriod } from '@/lib/period';
import styles from '../admin.module.css';
import { requireUser } from '../session';

// /admin/riwayat?indicator=&region=&period= - why a number changed: every value it had, with edition, file, who and when.
export const dynamic = 'force-dynamic';

export default async function HistoryPage({ params, searchParams }: PageProps<'/[lang]/admin/riwayat'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  await requireUser(lang, '/admin/riwayat');
  const t = getDictionary(lang).admin;
  const q = await searchParams;
  const indicator = typeof q.indicator === 'string' ? q.indicator : '';
  const region = typeof q.region === 'string' ? q.region : '';
  const periodLabel = typeof q.period === 'string' ? q.period : '';
  let period: ReturnType<typeof parsePeriod> | null = null;
  try {
    period = parsePeriod(periodLabel);
  } catch (error) {
    if (!(error instanceof InvalidPeriodError)) throw error;
  }
  const rows = period && indicator && region ? await getObservationHistory(await getDb(), { indicator, region, ...period }) : [];
  return (
    <>
      <h1>{t.historyTitle}</h1>
      <form method="get" className={styles.form} aria-label={t.historyTitle}>
        <label>
          {t.colIndicator}
          <input name="indicator" defaultValue={indicator} placeholder="krs_families" required />
        </label>
        <label>
          {t.colRegion}
          <input name="region" defaultValue={region} placeholder="36.73.02.1001" required />
        </label>
        <label>
          {t.colPeriod}
          <input name="period" defaultValue={periodLabel} placeholder="2024" required />
        </label>
        <button type="submit" className="button">
          {t.historyShow}
        </button>
      </form>
      <Panel id="history" title={fill(t.historyIntro, { indicator, region, period: periodLabel })}>
        {rows.length === 0 ? (
          <p>{t.noRows}</p>
        ) : (
          <DataTable
            caption={fill(t.historyIntro, { indicator, region, period: periodLabel })}
            columns={[
              { key: 'edition', label: t.colEdition },
              { key: 'value', label: t.colNew, numeric: true },
              { key: 'current', label: t.colCurrent },
              { key: 'file', label: t.colFile },
              { key: 'who', label: t.colWho },
              { key: 'when', label: t.colWhen },
              { key: 'status', label: t.colStatus },
            ]}
            rows={rows.map((r, i) => ({
              key: String(i),
              edition: `${r.source} · ${r.edition}`,
              value: `${r.value === null ? '–' : formatNumber(r.value, lang)}${r.isDerived ? ` (${t.derived})` : ''}`,
              current: r.current ? t.yes : t.no,
              file: r.fileName ?? r.origin,
              who: r.createdBy ?? '–',
              when: r.createdAt.slice(0, 16).replace('T', ' '),
              status: r.batchStatus === 'rolled_back' ? t.rolledBack : r.batchStatus ? t.statusCommitted : '',
            }))}
          />
        )}
      </Panel>
    </>
  );
}
