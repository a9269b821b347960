import { notFound } from 'next/navigation';
import { Panel } from '@/components/ui/panel';
import { can } from '@/lib/auth/roles';
import { fill, getDictionary, isLang } from '@/lib/i18n';
import { requireUser } from '../session';
import { BoundaryForm } from './boundary-form';

// /admin/batas - import official kecamatan or kelurahan boundaries from a GeoJSON/TopoJSON file.
export const dynamic = 'force-dynamic';

export default async function BoundariesPage({ params }: PageProps<'/[lang]/admin/batas'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/batas');
  const t = getDictionary(lang).admin;
  return (
    <>
      <h1>{t.boundariesTitle}</h1>
      <Panel id="boundaries" title={t.boundariesTitle}>
        <p>{t.boundariesIntro}</p>
        {can(user.role, 'boundaries:write') ? (
          <BoundaryForm lang={lang} labels={t} />
        ) : (
          <p>{fill(t.forbidden, { role: user.role })}</p>
        )}
      </Panel>
    </>
  );
}
