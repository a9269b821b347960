import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import {
  listCatalogueAnnotations,
  listCatalogueIndicators,
  listCataloguePrograms,
  listCatalogueTargets,
  listRegionChoices,
} from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { getDictionary, isLang } from '@/lib/i18n';
import { requireUser } from '../session';
import { AnnotationsPanel, ProgramsPanel, TargetsPanel } from './catalogue-panels';
import { IndicatorForm } from './indicator-form';

// /admin/katalog - the catalogue: indicators, targets, events on charts and programmes; admins edit it.
export const dynamic = 'force-dynamic';

export default async function CataloguePage({ params }: PageProps<'/[lang]/admin/katalog'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/katalog');
  const t = getDictionary(lang).admin;
  const db = await getDb();
  const [indicators, targets, annotations, programs, regions] = await Promise.all([
    listCatalogueIndicators(db),
    listCatalogueTargets(db),
    listCatalogueAnnotations(db),
    listCataloguePrograms(db),
    listRegionChoices(db),
  ]);
  const shared = {
    lang,
    t,
    canWrite: can(user.role, 'catalogue:write'),
    indicators: indicators.map((i) => ({ value: i.code, label: `${lang === 'id' ? i.nameId : i.nameEn} (${i.code})` })),
    regions: regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
  };
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
      <TargetsPanel {...shared} targets={targets} />
      <AnnotationsPanel {...shared} annotations={annotations} />
      <ProgramsPanel {...shared} programs={programs} />
    </>
  );
}
