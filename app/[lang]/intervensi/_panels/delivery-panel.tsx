import { DataTable } from '@/components/charts/data-table';
import { ActivitySourceNote, OutputList } from '@/components/metrics/activity-figures';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import type { ActivityRow } from '@/lib/api/activities-schemas';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { outputsOf } from '@/lib/interventions';
import { anyIllustrative } from '@/lib/provenance';
import { getActivitiesCached, getDistrictsCached } from '../data';

/** Outputs of every programme per year, per kecamatan, and per kelurahan of the chosen kecamatan. */
export async function DeliveryPanel({ lang, region, kecamatan }: { lang: Lang; region: string; kecamatan: string | null }) {
  const t = getDictionary(lang).interventions;
  const [activities, districts] = await Promise.all([getActivitiesCached(region), getDistrictsCached(region)]);
  if (activities.data.length === 0) {
    return (
      <Panel id="delivery" title={t.deliveryTitle} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const programs = activities.programs.filter((p) => activities.data.some((r) => r.program === p.code));
  const years = [...new Set(activities.data.map((r) => r.month.slice(0, 4)))].sort();
  const cell = (rows: ActivityRow[]) => <OutputList lang={lang} outputs={outputsOf(rows)} />;
  const programColumns = programs.map((p) => ({ key: p.code, label: p.name[lang] }));
  const chosen = districts.find((d) => d.code === kecamatan);
  const places = chosen
    ? [...new Map(activities.data.filter((r) => r.districtCode === chosen.code).map((r) => [r.regionCode, r.regionName]))].sort(
        ([a], [b]) => a.localeCompare(b),
      )
    : [];

  return (
    <Panel
      id="delivery"
      title={t.deliveryTitle}
      wide
      badges={anyIllustrative(activities.data.map((r) => r.origin)) ? <IllustrativeBadge lang={lang} /> : null}
    >
      <DataTable
        caption={t.deliveryYearCaption}
        columns={[{ key: 'program', label: t.colProgram }, ...years.map((y) => ({ key: y, label: y }))]}
        rows={programs.map((p) => ({
          key: p.code,
          program: p.name[lang],
          ...Object.fromEntries(
            years.map((y) => [y, cell(activities.data.filter((r) => r.program === p.code && r.month.startsWith(y)))]),
          ),
        }))}
      />
      <DataTable
        caption={t.deliveryDistrictCaption}
        collapsed={t.deliveryDistrictCaption}
        columns={[{ key: 'district', label: t.colKecamatan }, ...programColumns]}
        rows={districts.map((d) => ({
          key: d.code,
          district: d.name,
          ...Object.fromEntries(
            programs.map((p) => [p.code, cell(activities.data.filter((r) => r.program === p.code && r.districtCode === d.code))]),
          ),
        }))}
      />
      {chosen ? (
        <DataTable
          caption={fill(t.deliveryVillageCaption, { kecamatan: chosen.name })}
          collapsed={fill(t.deliveryVillageCaption, { kecamatan: chosen.name })}
          columns={[{ key: 'place', label: t.colKelurahan }, ...programColumns]}
          rows={places.map(([code, name]) => ({
            key: code,
            place: name,
            ...Object.fromEntries(
              programs.map((p) => [p.code, cell(activities.data.filter((r) => r.program === p.code && r.regionCode === code))]),
            ),
          }))}
        />
      ) : null}
      <ActivitySourceNote lang={lang} sources={activities.sources} dataPer={activities.dataPer} />
    </Panel>
  );
}
