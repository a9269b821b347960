import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { listAudit } from '@/db/queries/audit';
import { getDb } from '@/db/server';
import { getDictionary, isLang } from '@/lib/i18n';
import { requireUser } from '../session';

// /admin/audit - every sign-in, import, rollback and catalogue change: who, when, what.
export const dynamic = 'force-dynamic';

export default async function AuditPage({ params }: PageProps<'/[lang]/admin/audit'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  await requireUser(lang, '/admin/audit');
  const t = getDictionary(lang).admin;
  const rows = await listAudit(await getDb(), { limit: 200 });
  return (
    <>
      <h1>{t.auditTitle}</h1>
      <Panel id="audit" title={t.auditTitle}>
        {rows.length === 0 ? (
          <p>{t.noRows}</p>
        ) : (
          <DataTable
            caption={t.auditTitle}
            columns={[
              { key: 'at', label: t.colWhen },
              { key: 'actor', label: t.colWho },
              { key: 'action', label: t.colAction },
              { key: 'entity', label: t.colEntity },
              { key: 'detail', label: t.colDetail },
            ]}
            rows={rows.map((r) => ({
              key: String(r.id),
              at: r.at.slice(0, 19).replace('T', ' '),
              actor: r.actor,
              action: r.action,
              entity: r.entityId ? `${r.entity} ${r.entityId}` : r.entity,
              detail: <code>{r.detail ? JSON.stringify(r.detail) : ''}</code>,
            }))}
          />
        )}
      </Panel>
    </>
  );
}
