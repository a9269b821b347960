import { notFound } from 'next/navigation';
import { Panel } from '@/components/ui/panel';
import { getObservationHistory } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { formatNumber } from '@/lib/format';
import { fill, getDictionary, isLang } from '@/lib/i18n';
import { InvalidPeriodError, parsePeriod } from '@/lib/period';
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
      <Panel id="history" title={fill(t.historyIntro, { indicator, region, period: periodLabel })}>
        {rows.length === 0 ? (
          <p>{t.noRows}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.colEdition}</th>
                  <th scope="col" className="num">
                    {t.colNew}
                  </th>
                  <th scope="col">{t.colCurrent}</th>
                  <th scope="col">{t.colFile}</th>
                  <th scope="col">{t.colWho}</th>
                  <th scope="col">{t.colWhen}</th>
                  <th scope="col">{t.colStatus}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.createdAt}-${r.edition}-${r.value}-${r.batchId}`}>
                    <th scope="row">
                      {r.source} · {r.edition}
                    </th>
                    <td className="num">
                      {r.value === null ? '–' : formatNumber(r.value, lang)}
                      {r.isDerived ? ` (${t.derived})` : ''}
                    </td>
                    <td>{r.current ? t.yes : t.no}</td>
                    <td>{r.fileName ?? r.origin}</td>
                    <td>{r.createdBy ?? '–'}</td>
                    <td>{r.createdAt.slice(0, 16).replace('T', ' ')}</td>
                    <td>{r.batchStatus === 'rolled_back' ? t.rolledBack : (r.batchStatus ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </>
  );
}
