import { notFound } from 'next/navigation';
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
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.colWhen}</th>
                  <th scope="col">{t.colWho}</th>
                  <th scope="col">{t.colAction}</th>
                  <th scope="col">{t.colEntity}</th>
                  <th scope="col">{t.colDetail}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.at.slice(0, 19).replace('T', ' ')}</td>
                    <td>{r.actor}</td>
                    <td>{r.action}</td>
                    <td>
                      {r.entity}
                      {r.entityId ? ` ${r.entityId}` : ''}
                    </td>
                    <td>
                      <code>{r.detail ? JSON.stringify(r.detail) : ''}</code>
                    </td>
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
