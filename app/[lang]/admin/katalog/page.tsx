import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { listCatalogueIndicators } from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { getDictionary, isLang } from '@/lib/i18n';
import { requireUser } from '../session';
import { IndicatorForm } from './indicator-form';

// /admin/katalog - the indicator catalogue; admins create and correct indicators.
export const dynamic = 'force-dynamic';

export default async function CataloguePage({ params }: PageProps<'/[lang]/admin/katalog'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/katalog');
  const t = getDictionary(lang).admin;
  const indicators = await listCatalogueIndicators(await getDb());
  return (
    <>
      <h1>{t.catalogueTitle}</h1>
      {can(user.role, 'catalogue:write') ? (
        <Panel id="indicator-form" title={t.catalogueTitle}>
          <p>{t.catalogueIntro}</p>
          <IndicatorForm indicators={indicators} labels={t} />
        </Panel>
      ) : null}
      <Panel id="indicators" title={t.catalogueTitle}>
        <DataTable
          caption={t.catalogueTitle}
          columns={[
            { key: 'code', label: t.colCode },
            { key: 'name', label: t.colName },
            { key: 'unit', label: t.unit },
            { key: 'polarity', label: t.polarity },
            { key: 'public', label: t.isPublic },
          ]}
          rows={indicators.map((i) => ({
            key: i.code,
            code: i.code,
            name: lang === 'id' ? i.nameId : i.nameEn,
            unit: i.unit,
            polarity: i.polarity,
            public: i.isPublic ? t.yes : t.no,
          }))}
        />
      </Panel>
    </>
  );
}
