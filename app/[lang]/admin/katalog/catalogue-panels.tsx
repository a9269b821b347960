import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import type { CatalogueAnnotationDto, CatalogueTargetDto } from '@/db/queries/catalogue-admin';
import { annotationKinds } from '@/db/schema/enums';
import type { ProgramForm } from '@/lib/api/admin-schemas';
import { formatDate, formatNumber } from '@/lib/format';
import { type Dictionary, fill, type Lang } from '@/lib/i18n';
import { ConfirmButton } from '../confirm-button';
import { CatalogueForm, type FormField } from './catalogue-form';

// Targets, events on charts and programmes: a table each, and for admins a form to add
// (targets, events) or correct (programmes) and a button to delete.

type Choice = { value: string; label: string };
type Props = {
  lang: Lang;
  t: Dictionary['admin'];
  canWrite: boolean;
  indicators: Choice[];
  regions: Choice[];
};

const nameOf = (choices: Choice[], code: string | null, empty: string) =>
  code === null ? empty : (choices.find((c) => c.value === code)?.label ?? code);

export function TargetsPanel({ t, lang, canWrite, indicators, regions, targets }: Props & { targets: CatalogueTargetDto[] }) {
  const fields: FormField[] = [
    { name: 'indicator', label: t.colIndicator, options: indicators },
    { name: 'region', label: t.colRegion, options: regions, optional: true },
    { name: 'period', label: t.targetPeriod },
    { name: 'value', label: t.colValue, type: 'number' },
    { name: 'legalBasis', label: t.legalBasis },
  ];
  return (
    <Panel id="targets" title={t.targetsTitle}>
      <p>{t.targetsIntro}</p>
      {canWrite ? (
        <CatalogueForm kind="target" fields={fields} labels={{ submit: t.addTarget, error: t.error, saved: t.done }} />
      ) : null}
      <DataTable
        caption={t.targetsTitle}
        columns={[
          { key: 'indicator', label: t.colIndicator },
          { key: 'region', label: t.colRegion },
          { key: 'period', label: t.colPeriod },
          { key: 'value', label: t.colValue, numeric: true },
          { key: 'legalBasis', label: t.legalBasis },
          ...(canWrite ? [{ key: 'remove', label: t.remove }] : []),
        ]}
        rows={targets.map((x) => ({
          key: String(x.id),
          indicator: nameOf(indicators, x.indicator, ''),
          region: nameOf(regions, x.region, t.national),
          period: x.period,
          value: formatNumber(x.value, lang),
          legalBasis: x.legalBasis,
          remove: (
            <ConfirmButton
              method="DELETE"
              url={`/api/admin/targets/${x.id}`}
              label={`${t.remove} ${x.indicator} ${x.period}`}
              confirm={fill(t.confirmRemove, { what: `${x.indicator} ${x.period}` })}
            />
          ),
        }))}
      />
    </Panel>
  );
}

export function AnnotationsPanel({
  t,
  lang,
  canWrite,
  indicators,
  regions,
  annotations,
}: Props & { annotations: CatalogueAnnotationDto[] }) {
  const fields: FormField[] = [
    { name: 'date', label: t.date, type: 'date' },
    { name: 'kind', label: t.kind, options: annotationKinds.map((k) => ({ value: k, label: t.kinds[k] })) },
    { name: 'titleId', label: t.titleId },
    { name: 'titleEn', label: t.titleEn },
    { name: 'bodyId', label: t.bodyId, type: 'textarea', optional: true },
    { name: 'bodyEn', label: t.bodyEn, type: 'textarea', optional: true },
    { name: 'region', label: t.colRegion, options: regions, optional: true },
    { name: 'indicator', label: t.colIndicator, options: indicators, optional: true },
  ];
  return (
    <Panel id="annotations" title={t.annotationsTitle}>
      <p>{t.annotationsIntro}</p>
      {canWrite ? (
        <CatalogueForm kind="annotation" fields={fields} labels={{ submit: t.addAnnotation, error: t.error, saved: t.done }} />
      ) : null}
      <DataTable
        caption={t.annotationsTitle}
        columns={[
          { key: 'date', label: t.date },
          { key: 'kind', label: t.kind },
          { key: 'title', label: t.colName },
          { key: 'region', label: t.colRegion },
          { key: 'indicator', label: t.colIndicator },
          ...(canWrite ? [{ key: 'remove', label: t.remove }] : []),
        ]}
        rows={annotations.map((a) => {
          const title = lang === 'id' ? a.titleId : a.titleEn;
          return {
            key: String(a.id),
            date: formatDate(a.date, lang),
            kind: t.kinds[a.kind],
            title,
            region: nameOf(regions, a.region, t.allRegions),
            indicator: nameOf(indicators, a.indicator, t.allIndicators),
            remove: (
              <ConfirmButton
                method="DELETE"
                url={`/api/admin/annotations/${a.id}`}
                label={`${t.remove} ${title}`}
                confirm={fill(t.confirmRemove, { what: title })}
              />
            ),
          };
        })}
      />
    </Panel>
  );
}

export function ProgramsPanel({ t, lang, canWrite, indicators, programs }: Props & { programs: ProgramForm[] }) {
  const fields: FormField[] = [
    { name: 'code', label: t.colCode, key: true },
    { name: 'nameId', label: t.nameId },
    { name: 'nameEn', label: t.nameEn },
    { name: 'descriptionId', label: t.descriptionId, type: 'textarea' },
    { name: 'descriptionEn', label: t.descriptionEn, type: 'textarea' },
    { name: 'riskFactorIndicator', label: t.riskFactorIndicator, options: indicators, optional: true },
    { name: 'outputIndicator', label: t.outputIndicator, options: indicators, optional: true },
  ];
  return (
    <Panel id="programs" title={t.programsTitle}>
      {canWrite ? (
        <CatalogueForm
          kind="program"
          fields={fields}
          existing={programs.map((p) => ({
            key: p.code,
            label: p.code,
            values: { ...p, riskFactorIndicator: p.riskFactorIndicator ?? '', outputIndicator: p.outputIndicator ?? '' },
          }))}
          labels={{ submit: t.save, error: t.error, saved: t.done, choose: t.programChoose, chooseNew: t.programNew }}
        />
      ) : null}
      <DataTable
        caption={t.programsTitle}
        columns={[
          { key: 'code', label: t.colCode },
          { key: 'name', label: t.colName },
          { key: 'risk', label: t.riskFactorIndicator },
          { key: 'output', label: t.outputIndicator },
        ]}
        rows={programs.map((p) => ({
          key: p.code,
          code: p.code,
          name: lang === 'id' ? p.nameId : p.nameEn,
          risk: nameOf(indicators, p.riskFactorIndicator, '–'),
          output: nameOf(indicators, p.outputIndicator, '–'),
        }))}
      />
    </Panel>
  );
}
