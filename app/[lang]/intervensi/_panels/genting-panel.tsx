import { DataTable } from '@/components/charts/data-table';
import { ActivitySourceNote } from '@/components/metrics/activity-figures';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { formatMonthYear, formatNumber, formatRupiah } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { totalsBy } from '@/lib/interventions';
import { anyIllustrative } from '@/lib/provenance';
import { getActivitiesCached } from '../data';
import styles from '../intervensi.module.css';

const GENTING = 'genting';

/** GENTING aid of the latest month: what was given, by whom (by donor type), to how many families. */
export async function GentingPanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang).interventions;
  const activities = await getActivitiesCached(region);
  const all = activities.data.filter((r) => r.program === GENTING);
  const month =
    all
      .map((r) => r.month)
      .sort()
      .at(-1) ?? '';
  const rows = all.filter((r) => r.month === month);
  if (rows.length === 0) {
    return (
      <Panel id="genting" title={t.gentingHeading} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const title = fill(t.gentingTitle, { month: formatMonthYear(`${month}-01`, lang) });
  const [total] = totalsBy(rows, () => 'all').values();
  const byAid = totalsBy(rows, (r) => `${r.aidType ?? '–'}\u0000${r.quantityUnit ?? ''}`);
  const byDonorType = totalsBy(rows, (r) => r.donorType ?? 'unknown');
  const money = (v: number | null) => (v === null ? '–' : formatRupiah(v, lang));
  const count = (v: number | null) => (v === null ? '–' : formatNumber(v, lang));

  return (
    <Panel
      id="genting"
      title={title}
      wide
      badges={anyIllustrative(rows.map((r) => r.origin)) ? <IllustrativeBadge lang={lang} /> : null}
    >
      <p className="summary">
        {fill(t.gentingSummary, {
          families: count(total?.familiesReached ?? null),
          kelurahan: formatNumber(new Set(rows.map((r) => r.regionCode)).size, lang),
          value: money(total?.valueIdr ?? null),
        })}
      </p>
      <div className={styles.tables}>
        <DataTable
          caption={t.gentingAidCaption}
          columns={[
            { key: 'aid', label: t.colAidType },
            { key: 'quantity', label: t.colQuantity, numeric: true },
            { key: 'families', label: t.colFamilies, numeric: true },
            { key: 'value', label: t.colValue, numeric: true },
          ]}
          rows={[...byAid].map(([key, sum]) => {
            const [aid, unit] = key.split('\u0000');
            return {
              key,
              aid,
              quantity: `${count(sum.quantity)} ${unit}`,
              families: count(sum.familiesReached),
              value: money(sum.valueIdr),
            };
          })}
        />
        <DataTable
          caption={t.gentingDonorCaption}
          columns={[
            { key: 'type', label: t.colDonorType },
            { key: 'donors', label: t.colDonors },
            { key: 'families', label: t.colFamilies, numeric: true },
            { key: 'value', label: t.colValue, numeric: true },
          ]}
          rows={[...byDonorType].map(([type, sum]) => ({
            key: type,
            type: t.donorTypes[type as keyof typeof t.donorTypes] ?? type,
            donors: [...new Set(rows.filter((r) => (r.donorType ?? 'unknown') === type).map((r) => r.donor ?? '–'))].join(', '),
            families: count(sum.familiesReached),
            value: money(sum.valueIdr),
          }))}
        />
      </div>
      <p className="muted">{t.individualNote}</p>
      <ActivitySourceNote lang={lang} sources={activities.sources} dataPer={activities.dataPer} />
    </Panel>
  );
}
