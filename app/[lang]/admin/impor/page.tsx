import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { listBatches, listEditions } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { fill, getDictionary, isLang } from '@/lib/i18n';
import { ConfirmButton } from '../confirm-button';
import { requireUser } from '../session';
import { ImportForm } from './import-form';

// /admin/impor: upload, check and preview a file, commit it into an edition; past batches and their rollback.
export const dynamic = 'force-dynamic';

export default async function ImportPage({ params }: PageProps<'/[lang]/admin/impor'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/impor');
  const t = getDictionary(lang).admin;
  const db = await getDb();
  const [editions, batches] = await Promise.all([listEditions(db), listBatches(db)]);
  const mayImport = can(user.role, 'data:import');
  const mayRollback = can(user.role, 'data:rollback');

  return (
    <>
      <h1>{t.importTitle}</h1>
      <Panel id="import" title={t.importTitle}>
        <p>{t.importIntro}</p>
        <p>{t.templates}:</p>
        <ul>
          {(['krs', 'eppgbm', 'activities', 'long'] as const).map((code) => (
            <li key={code}>
              {{ krs: t.templateKrs, eppgbm: t.templateEppgbm, activities: t.templateActivities, long: t.templateLong }[code]}:{' '}
              <a href={`/api/admin/templates/${code}.xlsx`}>XLSX</a> · <a href={`/api/admin/templates/${code}.csv`}>CSV</a>
            </li>
          ))}
        </ul>
        {mayImport ? (
          <ImportForm
            lang={lang}
            labels={t}
            editions={editions.map((e) => ({ value: `${e.source}/${e.code}`, label: `${e.source} · ${e.name}` }))}
          />
        ) : (
          <p>{fill(t.forbidden, { role: user.role })}</p>
        )}
      </Panel>
      <Panel id="batches" title={t.batchesTitle}>
        {batches.length === 0 ? (
          <p>{t.noRows}</p>
        ) : (
          <DataTable
            caption={t.batchesTitle}
            columns={[
              { key: 'id', label: t.colBatch },
              { key: 'file', label: t.colFile },
              { key: 'who', label: t.colWho },
              { key: 'when', label: t.colWhen },
              { key: 'rows', label: t.colRows, numeric: true },
              { key: 'status', label: t.colStatus },
            ]}
            rows={batches.map((b) => ({
              key: String(b.id),
              id: b.id,
              file: b.fileName ?? b.description,
              who: b.createdBy,
              when: b.createdAt.slice(0, 16).replace('T', ' '),
              rows: b.rowCount,
              status:
                b.status === 'rolled_back' ? (
                  t.rolledBack
                ) : mayRollback && b.origin === 'imported' ? (
                  <ConfirmButton
                    url={`/api/admin/batches/${b.id}/rollback`}
                    method="POST"
                    label={`${t.rollback} ${b.id}`}
                    confirm={fill(t.confirmRollback, { batch: b.id })}
                  />
                ) : (
                  t.statusCommitted
                ),
            }))}
          />
        )}
      </Panel>
    </>
  );
}
