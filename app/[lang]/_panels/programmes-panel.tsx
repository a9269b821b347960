import { DataTable } from '@/components/charts/data-table';
import { ActivitySourceNote, OutputList } from '@/components/metrics/activity-figures';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { getRegion, listActivities } from '@/lib/cache/queries';
import { formatMonthYear, formatNumber } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { outputsOf, totalsBy } from '@/lib/interventions';
import { anyIllustrative } from '@/lib/provenance';

/** The programmes delivered in one region (kab/kota, kecamatan or kelurahan) and below it. */
export async function ProgrammesPanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const db = await getDb();
  const [place, activities] = await Promise.all([getRegion(db, region), listActivities(db, { region })]);
  const title = t.interventions.programmesTitle;
  if (activities.data.length === 0) {
    return (
      <Panel id="programmes" title={title} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const totals = totalsBy(activities.data, (r) => r.program);
  const illustrative = anyIllustrative(activities.data.map((r) => r.origin));
  const rows = activities.programs.flatMap((p) => {
    const sum = totals.get(p.code);
    if (!sum) return [];
    const own = activities.data.filter((r) => r.program === p.code);
    const last =
      own
        .map((r) => r.month)
        .sort()
        .at(-1) ?? '';
    return [
      {
        key: p.code,
        program: p.name[lang],
        activities: formatNumber(sum.activities, lang),
        families: sum.familiesReached === null ? '–' : formatNumber(sum.familiesReached, lang),
        outputs: <OutputList lang={lang} outputs={outputsOf(own)} />,
        last: formatMonthYear(`${last}-01`, lang),
      },
    ];
  });

  return (
    <Panel id="programmes" title={title} wide badges={illustrative ? <IllustrativeBadge lang={lang} /> : null}>
      <DataTable
        caption={fill(t.interventions.programmesCaption, { region: place.name })}
        columns={[
          { key: 'program', label: t.interventions.colProgram },
          { key: 'activities', label: t.interventions.colActivities, numeric: true },
          { key: 'families', label: t.interventions.colFamilies, numeric: true },
          { key: 'outputs', label: t.interventions.colOutputs },
          { key: 'last', label: t.interventions.colLast },
        ]}
        rows={rows}
      />
      <ActivitySourceNote lang={lang} sources={activities.sources} dataPer={activities.dataPer} />
    </Panel>
  );
}
