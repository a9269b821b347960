import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { listEditions } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { getDictionary, isLang } from '@/lib/i18n';
import { CatalogueForm } from '../katalog/catalogue-form';
import { requireUser } from '../session';
import { EditionForm } from './edition-form';

// /admin/edisi - the editions of each source; editors create new ones before importing.
export const dynamic = 'force-dynamic';

export default async function EditionsPage({ params }: PageProps<'/[lang]/admin/edisi'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/edisi');
  const t = getDictionary(lang).admin;
  const editions = await listEditions(await getDb());
  const sources = [...new Set(editions.map((e) => e.source))];
  return (
    <>
      <h1>{t.editionsTitle}</h1>
      {can(user.role, 'editions:write') ? (
        <Panel id="new-edition" title={t.createEdition}>
          <EditionForm sources={sources} labels={t} />
        </Panel>
      ) : null}
      {can(user.role, 'editions:write') && editions.length > 0 ? (
        <Panel id="edit-edition" title={t.editEdition}>
          <CatalogueForm
            kind="edition"
            existing={editions.map((e) => ({
              key: String(e.id),
              label: `${e.source}/${e.code}`,
              values: { name: e.name, nameEn: e.nameEn ?? '', releasedOn: e.releasedOn, isOfficial: e.isOfficial },
            }))}
            fields={[
              { name: 'name', label: t.colName },
              { name: 'nameEn', label: t.colNameEn, optional: true },
              { name: 'releasedOn', label: t.colReleased, type: 'date' },
              { name: 'isOfficial', label: t.colOfficial, type: 'checkbox' },
            ]}
            labels={{ submit: t.save, error: t.error, saved: t.done, choose: t.editionChoose }}
          />
        </Panel>
      ) : null}
      <Panel id="editions" title={t.editionsTitle}>
        <DataTable
          caption={t.editionsTitle}
          columns={[
            { key: 'code', label: t.colCode },
            { key: 'source', label: t.colSource },
            { key: 'name', label: t.colName },
            { key: 'nameEn', label: t.colNameEn },
            { key: 'releasedOn', label: t.colReleased },
            { key: 'official', label: t.colOfficial },
          ]}
          rows={editions.map((e) => ({ ...e, key: String(e.id), official: e.isOfficial ? t.yes : t.no }))}
        />
      </Panel>
    </>
  );
}
